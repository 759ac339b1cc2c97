"""The portal's core pages: site frame, search, documents, handbook, glossary, errors."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # site frame
    "site.name": {"th": "คลังความรู้ อบจ.ตาก", "en": "Tak PAO Knowledge Portal"},
    "site.tagline": {
        "th": "ค้นหากฎหมาย ระเบียบ และคู่มือการทำงานขององค์การบริหารส่วนจังหวัดตาก",
        "en": "Search the laws, regulations and handbooks of the Tak Provincial"
        " Administrative Organisation",
    },
    "site.skip": {"th": "ข้ามไปยังเนื้อหา", "en": "Skip to content"},
    "nav.label": {"th": "เมนูหลัก", "en": "Main menu"},
    "nav.search": {"th": "ค้นหา", "en": "Search"},
    "nav.powers": {"th": "ตรวจอำนาจหน้าที่", "en": "Authority check"},
    "nav.docs": {"th": "เอกสาร", "en": "Documents"},
    "nav.handbook": {"th": "คู่มือ", "en": "Handbook"},
    "nav.glossary": {"th": "คำย่อ", "en": "Glossary"},
    "nav.km": {"th": "แผนการจัดการความรู้", "en": "KM plan"},
    "lang.switch": {"th": "English", "en": "ภาษาไทย"},
    "lang.switch_label": {"th": "เปลี่ยนภาษาเป็นภาษาอังกฤษ", "en": "Switch to Thai"},
    "footer.text": {
        "th": "องค์การบริหารส่วนจังหวัดตาก · ระบบคลังความรู้ภายในสำนักงาน",
        "en": "Tak Provincial Administrative Organisation · office intranet knowledge portal",
    },
    # search
    "search.title": {"th": "ค้นหากฎหมายและคู่มือ", "en": "Search the law and the handbook"},
    "search.label": {"th": "คำค้นหา", "en": "Search for"},
    "search.placeholder": {
        "th": "เช่น อบจ. ทำประปาได้ไหม หรือ มาตรา 45",
        "en": "e.g. which powers allow water supply projects",
    },
    "search.submit": {"th": "ค้นหา", "en": "Search"},
    "search.kind": {"th": "ประเภทเอกสาร", "en": "Document type"},
    "search.doc": {"th": "เอกสาร", "en": "Document"},
    "search.all_kinds": {"th": "ทุกประเภท", "en": "All types"},
    "search.group": {"th": "หมวดกฎหมาย", "en": "Law group"},
    "search.all_groups": {"th": "ทุกหมวด", "en": "All groups"},
    "search.all_docs": {"th": "ทุกเอกสาร", "en": "All documents"},
    "search.count": {"th": "พบ {n} รายการ", "en": "{n} results"},
    "search.none": {
        "th": "ไม่พบผลลัพธ์สำหรับ “{q}” ลองใช้คำอื่น หรือเอาตัวกรองออก",
        "en": "Nothing found for “{q}”. Try other words or remove the filters.",
    },
    "search.truncated": {
        "th": "คำค้นยาวเกินไป ระบบค้นหาเฉพาะ {n} ตัวอักษรแรก",
        "en": "The query was too long; only its first {n} characters were searched.",
    },
    "search.citation": {"th": "ตีความคำค้นเป็นการอ้างอิง: {c}", "en": "Read as a citation: {c}"},
    "search.examples": {"th": "ลองค้นหาแบบนี้", "en": "Try searching like this"},
    "search.examples_help": {
        "th": "พิมพ์คำถามเป็นภาษาไทยหรือภาษาอังกฤษ หรือพิมพ์เลขมาตราที่ต้องการ",
        "en": "Ask in Thai or English, or type the section you want.",
    },
    "search.example.thai": {"th": "คำถามภาษาไทย", "en": "A question in Thai"},
    "search.example.english": {"th": "คำถามภาษาอังกฤษ", "en": "A question in English"},
    "search.example.citation": {"th": "การอ้างอิงมาตรา", "en": "A citation"},
    "search.applies_to": {"th": "ใช้กับ", "en": "Applies to"},
    "search.goto_part": {"th": "ไปยังส่วนที่พบ", "en": "Go to the matching part"},
    "search.loading": {"th": "กำลังค้นหา…", "en": "Searching…"},
    "search.results": {"th": "ผลการค้นหา", "en": "Results"},
    "search.error": {
        "th": "ค้นหาไม่สำเร็จ กรุณาลองอีกครั้ง",
        "en": "The search failed. Please try again.",
    },
    "search.too_long": {
        "th": "คำค้นยาวเกิน {n} ตัวอักษร กรุณาย่อคำค้นให้สั้นลง",
        "en": "The query is longer than {n} characters; please shorten it.",
    },
    "empty.title": {"th": "ยังไม่มีเอกสารในระบบ", "en": "No documents yet"},
    "empty.body": {
        "th": "ผู้ดูแลระบบนำเข้าเอกสารได้ด้วยคำสั่งด้านล่าง แล้วโหลดหน้านี้ใหม่",
        "en": "An administrator can add documents with the command below, then reload this page.",
    },
    # documents
    "docs.title": {"th": "เอกสารทั้งหมด", "en": "All documents"},
    "docs.count": {"th": "{n} เอกสาร", "en": "{n} documents"},
    "docs.col.title": {"th": "ชื่อเอกสาร", "en": "Title"},
    "docs.col.kind": {"th": "ประเภท", "en": "Type"},
    "docs.col.sections": {"th": "จำนวนส่วน", "en": "Sections"},
    "docs.col.ingested": {"th": "วันที่นำเข้า", "en": "Added on"},
    "docs.col.issued": {"th": "ประกาศใช้", "en": "Given on"},
    "docs.col.groups": {"th": "หมวดกฎหมาย", "en": "Law groups"},
    "docs.sort": {"th": "เรียงตาม", "en": "Sort by"},
    "docs.sort.title": {"th": "ชื่อ ก-ฮ", "en": "Title A-Z"},
    "docs.sort.-title": {"th": "ชื่อ ฮ-ก", "en": "Title Z-A"},
    "docs.sort.date": {"th": "วันประกาศใช้ เก่าไปใหม่", "en": "Date given, oldest first"},
    "docs.sort.-date": {"th": "วันประกาศใช้ ใหม่ไปเก่า", "en": "Date given, newest first"},
    "docs.filter": {"th": "แสดง", "en": "Show"},
    "docs.page": {"th": "หน้า {page} จาก {pages}", "en": "Page {page} of {pages}"},
    "docs.prev": {"th": "ก่อนหน้า", "en": "Previous"},
    "docs.next": {"th": "ถัดไป", "en": "Next"},
    "docs.pager": {"th": "เลือกหน้า", "en": "Pages"},
    "docs.status": {
        "th": "ค้นด้วยคำได้ทุกเอกสาร · ดัชนีครบ (รวมเวกเตอร์) {done} จาก {total} เอกสาร"
        " · รอสร้างเวกเตอร์ {pending} ส่วนย่อย จาก {chunks}",
        "en": "Every document is searchable by words · fully indexed (with vectors) {done} of"
        " {total} documents · {pending} of {chunks} chunks waiting for vectors",
    },
    "docs.status.complete": {
        "th": "ดัชนีครบทุกเอกสาร ({total} เอกสาร, {chunks} ส่วนย่อย)",
        "en": "Every document is fully indexed ({total} documents, {chunks} chunks)",
    },
    "docs.status.running": {
        "th": "กำลังนำเข้าเอกสาร เอกสารใหม่จะค้นหาได้ภายในไม่กี่วินาที",
        "en": "An ingest is running: new documents become searchable within seconds",
    },
    "doc.page": {"th": "หน้าเอกสาร {page} จาก {pages}", "en": "Page {page} of {pages}"},
    "doc.source": {"th": "ต้นฉบับ", "en": "Source"},
    "doc.contents": {"th": "สารบัญ", "en": "Contents"},
    "doc.related": {"th": "บทบัญญัติที่เกี่ยวข้อง", "en": "Related sections"},
    "doc.related_of": {"th": "ที่เกี่ยวข้องกับ {label}", "en": "related to {label}"},
    "doc.related_hint": {
        "th": "เลือกมาตราหรือหัวข้อจากสารบัญ เพื่อดูบทบัญญัติที่เกี่ยวข้อง",
        "en": "Choose a section in the contents to see related sections.",
    },
    "doc.related_none": {"th": "ไม่พบส่วนที่เกี่ยวข้อง", "en": "No related sections found"},
    "doc.permalink": {"th": "ลิงก์ถาวรของ {label}", "en": "Permanent link to {label}"},
    "doc.footnotes": {"th": "เชิงอรรถ", "en": "Footnotes"},
    "doc.meta": {
        "th": "{kind} · {n} ส่วน · นำเข้าเมื่อ {date}",
        "en": "{kind} · {n} sections · added {date}",
    },
    "doc.highlighted": {"th": "ส่วนที่ค้นพบ", "en": "Matched section"},
    "doc.back_to_search": {"th": "กลับไปหน้าค้นหา", "en": "Back to search"},
    # kinds
    "kind.act": {"th": "พระราชบัญญัติ", "en": "Act"},
    "kind.regulation": {"th": "ระเบียบ", "en": "Regulation"},
    "kind.ministerial_rule": {"th": "กฎกระทรวง", "en": "Ministerial rule"},
    "kind.handbook": {"th": "คู่มือ", "en": "Handbook"},
    "kind.news": {"th": "ข่าว", "en": "News"},
    "kind.knowledge": {"th": "คลังความรู้ของสำนักงาน", "en": "Office knowledge"},
    "kind.other": {"th": "อื่น ๆ", "en": "Other"},
    # handbook
    "handbook.title": {"th": "คู่มือการปฏิบัติงาน", "en": "Handbooks"},
    "handbook.none": {
        "th": "ยังไม่มีคู่มือในระบบ",
        "en": "No handbook has been added yet.",
    },
    "handbook.chapters": {"th": "{n} บท", "en": "{n} chapters"},
    "handbook.prev": {"th": "บทก่อนหน้า", "en": "Previous chapter"},
    "handbook.next": {"th": "บทถัดไป", "en": "Next chapter"},
    "handbook.pager": {"th": "เลื่อนบท", "en": "Chapter navigation"},
    "handbook.chapter_of": {"th": "บทที่ {i} จาก {n}", "en": "Chapter {i} of {n}"},
    "handbook.whole": {"th": "อ่านทั้งเล่ม", "en": "Read the whole handbook"},
    # glossary
    "glossary.title": {"th": "คำย่อที่ใช้บ่อย", "en": "Common abbreviations"},
    "glossary.intro": {
        "th": "คำย่อที่พบในกฎหมายและคู่มือ ระบบค้นหาเข้าใจคำย่อเหล่านี้โดยอัตโนมัติ",
        "en": "Abbreviations used in the law and the handbook; the search understands them.",
    },
    "glossary.short": {"th": "คำย่อ", "en": "Abbreviation"},
    "glossary.full": {"th": "คำเต็ม", "en": "Full form"},
    "glossary.english": {"th": "ภาษาอังกฤษ", "en": "English"},
    "glossary.variants": {"th": "เขียนแบบอื่น", "en": "Other spellings"},
    # errors
    "error.title": {"th": "เกิดข้อผิดพลาด", "en": "Something went wrong"},
    "error.404": {"th": "ไม่พบหน้าที่ต้องการ", "en": "Page not found"},
    "error.422": {"th": "ข้อมูลที่ส่งมาไม่ถูกต้อง", "en": "The request could not be understood"},
    "error.500": {
        "th": "ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง",
        "en": "The portal hit an internal error. Please try again.",
    },
    "error.503": {
        "th": "ดัชนีค้นหายังไม่พร้อมใช้งาน",
        "en": "The search index is not available right now.",
    },
    "docs.not_found": {"th": "ไม่พบเอกสาร '{doc_id}'", "en": "No document '{doc_id}'"},
    "docs.unknown_sort": {
        "th": "ไม่รู้จักการเรียงลำดับ '{sort}' (ใช้ได้: {sorts})",
        "en": "Unknown sort '{sort}'; expected one of {sorts}",
    },
    "docs.bad_page": {
        "th": "หน้าต้องเป็น 1 ขึ้นไป และจำนวนต่อหน้า 1 ถึง {max}",
        "en": "page must be 1 or more and per_page 1 to {max}",
    },
    "doc.no_page": {
        "th": "ไม่มีหน้า {page} ในเอกสาร '{doc_id}' (มี {pages} หน้า)",
        "en": "No page {page} in document '{doc_id}' (it has {pages} pages)",
    },
    "index.writer_busy": {
        "th": "ดัชนีค้นหากำลังถูกสร้างโดยงานอื่น: {holder}; รอให้เสร็จหรือหยุดงานนั้นก่อน แล้วสั่งใหม่",
        "en": "Another index builder is at work: {holder}; wait for it to finish or stop it, "
        "then run this again",
    },
    "index.holder": {
        "th": "{command} (pid {pid} บนเครื่อง {host}) ถือล็อกมาแล้ว {age}",
        "en": "{command} (pid {pid} on {host}), holding the lock for {age}",
    },
    "index.holder_unknown": {
        "th": "ไม่ทราบว่าเป็นงานใด",
        "en": "which one is unknown",
    },
    "docs.section_not_found": {
        "th": "ไม่พบส่วน '{key}' ในเอกสาร '{doc_id}'",
        "en": "No section '{key}' in document '{doc_id}'",
    },
    "handbook.not_handbook": {
        "th": "'{doc_id}' ไม่ใช่คู่มือ",
        "en": "'{doc_id}' is not a handbook",
    },
    "handbook.no_chapters": {
        "th": "คู่มือ '{doc_id}' ยังไม่มีบท",
        "en": "The handbook '{doc_id}' has no chapters yet",
    },
    "handbook.chapter_not_found": {
        "th": "ไม่พบบท '{key}' ในคู่มือ '{doc_id}'",
        "en": "No chapter '{key}' in the handbook '{doc_id}'",
    },
    "search.empty_query": {"th": "กรุณาพิมพ์คำค้น", "en": "the query is empty"},
    "search.unknown_kind": {
        "th": "ไม่รู้จักประเภทเอกสาร '{kind}' (ใช้ {kinds})",
        "en": "unknown document kind '{kind}'; expected one of {kinds}",
    },
    # a request the API could not read (kmportal.web.errors); {field} is the
    # field's label where the catalogue has one, else its name
    "error.problems": {"th": "{problems}", "en": "{problems}"},
    "validation.missing": {"th": "กรุณาระบุ {field}", "en": "{field} is required"},
    "validation.integer": {
        "th": "{field} ต้องเป็นจำนวนเต็ม",
        "en": "{field} must be a whole number",
    },
    "validation.number": {"th": "{field} ต้องเป็นตัวเลข", "en": "{field} must be a number"},
    "validation.text": {"th": "{field} ต้องเป็นข้อความ", "en": "{field} must be text"},
    "validation.too_long": {
        "th": "{field} ยาวเกิน {max} ตัวอักษร",
        "en": "{field} is longer than {max} characters",
    },
    "validation.choice": {
        "th": "{field} ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {expected}",
        "en": "{field} must be one of: {expected}",
    },
    "validation.invalid": {
        "th": "{field} ไม่ถูกต้อง ({reason})",
        "en": "{field} is not valid ({reason})",
    },
    "validation.body": {
        "th": "ข้อมูลที่ส่งมาต้องเป็น JSON ที่ถูกต้อง",
        "en": "The request body must be valid JSON",
    },
    "search.unavailable": {
        "th": "ระบบค้นหายังไม่พร้อมใช้งาน: {reason}",
        "en": "search is not available: {reason}",
    },
    "error.home": {"th": "กลับหน้าแรก", "en": "Back to the start page"},
    "error.status": {"th": "รหัสข้อผิดพลาด {code}", "en": "Error {code}"},
}
