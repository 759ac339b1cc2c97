"""Admin document pages and uploads (documents and KM evidence): page text and
every refusal of an upload. Keys ``admin.documents.*`` and ``uploads.*``."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "admin.documents.title": {"th": "จัดการเอกสาร", "en": "Documents"},
    "admin.documents.upload": {"th": "อัปโหลดเอกสาร", "en": "Upload a document"},
    "admin.documents.file": {"th": "ไฟล์", "en": "File"},
    "admin.documents.file_help": {
        "th": "PDF, DOCX, TXT หรือ MD ไม่เกิน {mb} MB ชื่อไฟล์เป็นรหัสเอกสาร",
        "en": "PDF, DOCX, TXT or MD up to {mb} MB; the file name becomes the document id",
    },
    "admin.documents.kind": {"th": "ประเภทเอกสาร", "en": "Kind"},
    "admin.documents.kind_auto": {"th": "ให้ระบบเลือก", "en": "Detect"},
    "admin.documents.submit": {"th": "อัปโหลด", "en": "Upload"},
    "admin.documents.replace": {"th": "แทนที่", "en": "Replace"},
    "admin.documents.replace_file": {"th": "ไฟล์ฉบับใหม่", "en": "New version"},
    "admin.documents.remove": {"th": "ลบ", "en": "Remove"},
    "admin.documents.remove_confirm": {
        "th": "ลบเอกสารนี้และดัชนีทั้งหมดของเอกสาร?",
        "en": "Remove this document and all its index entries?",
    },
    "admin.documents.none": {"th": "ยังไม่มีเอกสาร", "en": "No documents yet"},
    "admin.documents.col.id": {"th": "รหัส", "en": "Id"},
    "admin.documents.col.title": {"th": "ชื่อเรื่อง", "en": "Title"},
    "admin.documents.col.kind": {"th": "ประเภท", "en": "Kind"},
    "admin.documents.col.chunks": {"th": "ส่วนย่อย", "en": "Chunks"},
    "admin.documents.col.actions": {"th": "จัดการ", "en": "Actions"},
    "admin.documents.jobs": {"th": "งานล่าสุด", "en": "Recent jobs"},
    "admin.documents.no_jobs": {"th": "ยังไม่มีงาน", "en": "No jobs yet"},
    "admin.documents.progress": {
        "th": "ไฟล์ {done}/{total} · ฝังเวกเตอร์แล้ว {chunks} ส่วน",
        "en": "files {done}/{total} · {chunks} chunks embedded",
    },
    "admin.documents.action.upload": {"th": "อัปโหลด", "en": "Upload"},
    "admin.documents.action.replace": {"th": "แทนที่", "en": "Replace"},
    "admin.documents.action.remove": {"th": "ลบ", "en": "Remove"},
    "admin.documents.status.checking": {"th": "กำลังตรวจไฟล์", "en": "Checking"},
    "admin.documents.status.queued": {"th": "รอคิว", "en": "Queued"},
    "admin.documents.status.running": {"th": "กำลังนำเข้า", "en": "Running"},
    "admin.documents.status.done": {"th": "เสร็จแล้ว", "en": "Done"},
    "admin.documents.status.failed": {"th": "ไม่สำเร็จ", "en": "Failed"},
    # refusals while the body arrives (kmportal.uploads.receive)
    "uploads.too_large": {
        "th": "ไฟล์ใหญ่เกินกำหนด (สูงสุด {size})",
        "en": "the file is larger than the {size} limit",
    },
    "uploads.not_multipart": {
        "th": "ต้องส่งไฟล์ผ่านแบบฟอร์มอัปโหลด (multipart/form-data)",
        "en": "send the file with the upload form (multipart/form-data)",
    },
    "uploads.malformed": {
        "th": "ข้อมูลที่ส่งมาไม่สมบูรณ์หรือผิดรูปแบบ ({why})",
        "en": "the upload is incomplete or malformed ({why})",
    },
    "uploads.form_too_large": {"th": "ข้อมูลฟอร์มใหญ่เกินไป", "en": "the form is too large"},
    "uploads.no_file": {
        "th": "ไม่พบไฟล์ในคำขอ กรุณาเลือกไฟล์",
        "en": "no file in the upload; choose a file",
    },
    "uploads.unsupported_type": {
        "th": "ไม่รองรับไฟล์ชนิด {shown} รองรับเฉพาะ {allowed}",
        "en": "unsupported file type {shown}; upload a {allowed} file",
    },
    "uploads.content_mismatch": {
        "th": "เนื้อไฟล์ไม่ใช่ชนิด {shown} ตามนามสกุล",
        "en": "the file's content is not a {shown} file, whatever its name says",
    },
    "uploads.empty_file": {"th": "ไฟล์ว่างเปล่า", "en": "the file is empty"},
    "uploads.no_extension": {"th": "(ไม่มีนามสกุล)", "en": "(no extension)"},
    "uploads.bad_kind": {
        "th": "ประเภทเอกสารไม่ถูกต้อง: {kind}",
        "en": "unknown document kind: {kind}",
    },
    "uploads.bad_doc_id": {
        "th": "รหัสเอกสารใช้เป็นชื่อไฟล์ไม่ได้: {doc_id}",
        "en": "the document id cannot name a file: {doc_id}",
    },
    "uploads.outside": {
        "th": "ตำแหน่งไฟล์ไม่ถูกต้อง",
        "en": "refused: path outside the upload folder",
    },
    # the job a document upload becomes (kmportal.uploads.runner)
    "uploads.refused": {
        "th": "ไฟล์ถูกปฏิเสธ: {file}: {reason}",
        "en": "file refused: {file}: {reason}",
    },
    "uploads.exists": {
        "th": "มีเอกสารรหัส {doc_id} อยู่แล้ว ใช้ปุ่ม “แทนที่” หากต้องการอัปโหลดฉบับใหม่",
        "en": "a document with id {doc_id} already exists; use Replace to upload a new version",
    },
    "uploads.unchanged": {
        "th": "ไฟล์เหมือนฉบับปัจจุบันของ {doc_id} ไม่มีการเปลี่ยนแปลง",
        "en": "same content as the current {doc_id}; nothing changed",
    },
    "uploads.ingested": {
        "th": "นำเข้า {doc_id} เรียบร้อย ({chunks} ส่วนย่อย) ค้นหาได้แล้ว",
        "en": "ingested {doc_id} ({chunks} chunks); search now includes it",
    },
    "uploads.removed": {
        "th": "ลบเอกสาร {doc_id} แล้ว",
        "en": "removed {doc_id} and its chunks from every index",
    },
    "uploads.queued": {"th": "รอคิวนำเข้า", "en": "checked; waiting to be ingested"},
    "uploads.ingesting": {"th": "กำลังนำเข้า", "en": "ingesting"},
    "uploads.waiting_for_index": {
        "th": "รอคิวสร้างดัชนี: {holder}",
        "en": "waiting for the index: {holder}",
    },
    "uploads.removing": {"th": "กำลังลบ", "en": "removing"},
    "uploads.check_failed": {
        "th": "ตรวจสอบไฟล์ไม่สำเร็จ",
        "en": "the file could not be checked (internal error)",
    },
    "uploads.ingest_failed": {
        "th": "นำเข้าไม่สำเร็จ: {detail}",
        "en": "ingest failed: {detail}",
    },
    "uploads.interrupted": {
        "th": "งานถูกหยุดเพราะเซิร์ฟเวอร์เริ่มใหม่",
        "en": "interrupted by a server restart; upload again",
    },
    "uploads.shutting_down": {
        "th": "ระบบกำลังปิด",
        "en": "the portal is shutting down; try again",
    },
    "uploads.stored_anyway": {
        "th": "เก็บเอกสาร {doc_id} เรียบร้อยแล้ว (งานถูกขัดจังหวะหลังบันทึก) ไม่ต้องอัปโหลดอีก; "
        "ดัชนีค้นหาจะสร้างใหม่ให้รวมเอกสารนี้",
        "en": "{doc_id} is stored (the job was interrupted after saving it); no need to upload "
        "again; the search index is rebuilt to include it",
    },
    "uploads.already_present": {
        "th": "มีเอกสาร {doc_id} เนื้อหาเดียวกันนี้อยู่แล้ว ไม่ต้องอัปโหลดอีก",
        "en": "{doc_id} with this same content is already stored; nothing to upload",
    },
    "uploads.index_pending": {
        "th": "เก็บเอกสาร {doc_id} แล้ว แต่ยังสร้างดัชนีค้นหาใหม่ไม่ได้ ({reason}); "
        "จะสร้างใหม่อัตโนมัติเมื่อทำได้หรือเมื่อเริ่มระบบใหม่ ไม่ต้องอัปโหลดอีก",
        "en": "{doc_id} is stored, but the search index could not be rebuilt yet ({reason}); "
        "it is rebuilt automatically when possible or at the next start; no need to upload "
        "again",
    },
    "uploads.no_job": {"th": "ไม่พบงาน '{job_id}'", "en": "no such upload job: '{job_id}'"},
}
