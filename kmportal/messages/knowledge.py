"""The office's own knowledge: notes, review, Q&A, categories."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.knowledge": {"th": "คลังความรู้สำนักงาน", "en": "Office knowledge"},
    # errors
    "knowledge.error.title_required": {"th": "กรุณาใส่ชื่อเรื่อง", "en": "Please give a title"},
    "knowledge.error.title_long": {
        "th": "ชื่อเรื่องยาว {n} ตัวอักษร เกินที่รับได้ {max} ตัวอักษร",
        "en": "The title is {n} characters long; at most {max} are allowed",
    },
    "knowledge.error.body_required": {"th": "กรุณาเขียนเนื้อหา", "en": "Please write the text"},
    "knowledge.error.body_long": {
        "th": "เนื้อหายาว {n} ตัวอักษร เกินที่รับได้ {max} ตัวอักษร"
        " (ผู้ดูแลระบบกำหนดได้ที่ KMPORTAL_KNOWLEDGE_MAX_CHARS) กรุณาแบ่งเป็นหลายบันทึก"
        " หรือแนบเป็นไฟล์",
        "en": "The text is {n} characters long; at most {max} are allowed"
        " (KMPORTAL_KNOWLEDGE_MAX_CHARS). Split it into several notes or attach it as a file",
    },
    "knowledge.error.too_many_tags": {
        "th": "ใส่แท็กได้ไม่เกิน {max} แท็ก",
        "en": "At most {max} tags",
    },
    "knowledge.error.bad_tag": {
        "th": "แท็ก “{tag}” ใช้ไม่ได้: แท็กยาวได้ไม่เกิน {max} ตัวอักษร ประกอบด้วยตัวอักษร"
        " ตัวเลข ช่องว่าง และ . + - / เท่านั้น",
        "en": "The tag “{tag}” cannot be used: at most {max} characters of letters, digits,"
        " spaces and . + - /",
    },
    "knowledge.error.comment_required": {
        "th": "กรุณาเขียนความเห็นว่าควรแก้ไขอะไร",
        "en": "Please say what should change",
    },
    "knowledge.error.comment_long": {
        "th": "ความเห็นยาวได้ไม่เกิน {max} ตัวอักษร",
        "en": "A comment is at most {max} characters",
    },
    "knowledge.error.note_not_found": {
        "th": "ไม่พบบันทึกความรู้หมายเลข {id}",
        "en": "No knowledge note {id}",
    },
    "knowledge.error.version_not_found": {
        "th": "ไม่พบฉบับที่ {number} ของบันทึก {id}",
        "en": "Note {id} has no version {number}",
    },
    "knowledge.error.author_only": {
        "th": "แก้ไขหรือส่งตรวจได้เฉพาะผู้เขียนบันทึก",
        "en": "Only the note's author may do this",
    },
    "knowledge.error.coordinator_only": {
        "th": "เฉพาะผู้ประสานงาน KM ตรวจและเผยแพร่บันทึกได้",
        "en": "Only KM coordinators review and publish notes",
    },
    "knowledge.error.conflict": {
        "th": "บันทึกนี้ถูกเปลี่ยนไปแล้วระหว่างที่คุณแก้ไข (ตอนนี้เป็นรุ่นแก้ไขที่ {revision})"
        " ข้อความที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม เทียบกับฉบับล่าสุดแล้วบันทึกอีกครั้ง",
        "en": "This note was changed while you were editing it (it is now at revision"
        " {revision}). Your text is still in the form: compare it with the latest version"
        " and save again",
    },
    "knowledge.error.wrong_state": {
        "th": "{action}ไม่ได้ เพราะบันทึกอยู่ในสถานะ “{state}”",
        "en": "Cannot {action}: the note is {state}",
    },
    "knowledge.error.no_category": {
        "th": "ไม่มีหมวดหมู่นี้ กรุณาเลือกจากรายการ",
        "en": "No such category: pick one from the list",
    },
    "knowledge.error.category_not_found": {"th": "ไม่พบหมวดหมู่ {id}", "en": "No category {id}"},
    "knowledge.error.category_name": {
        "th": "กรุณาใส่ชื่อหมวดหมู่",
        "en": "Please name the category",
    },
    "knowledge.error.category_long": {
        "th": "ชื่อหมวดหมู่ยาวได้ไม่เกิน {max} ตัวอักษร",
        "en": "A category name is at most {max} characters",
    },
    "knowledge.error.category_exists": {
        "th": "มีหมวดหมู่ “{name}” อยู่แล้ว",
        "en": "There is already a category “{name}”",
    },
    "knowledge.error.category_in_use": {
        "th": "ลบหมวดหมู่ “{name}” ไม่ได้ เพราะมีบันทึกหรือตัวชี้วัดใช้อยู่ (เปลี่ยนชื่อแทนได้)",
        "en": "“{name}” is used by notes or an indicator and cannot be deleted (rename it instead)",
    },
    "knowledge.error.question_not_found": {"th": "ไม่พบคำถามหมายเลข {id}", "en": "No question {id}"},
    "knowledge.error.answer_not_found": {
        "th": "ไม่พบคำตอบหมายเลข {id} ของคำถามนี้",
        "en": "This question has no answer {id}",
    },
    "knowledge.error.accept_who": {
        "th": "เลือกคำตอบที่ยอมรับได้เฉพาะผู้ถามหรือผู้ประสานงาน KM",
        "en": "Only the asker or a KM coordinator accepts an answer",
    },
    "knowledge.error.file_not_found": {"th": "ไม่พบไฟล์แนบ", "en": "No such attachment"},
    "knowledge.error.number": {"th": "ต้องเป็นตัวเลข", "en": "Must be a number"},
    # actions and states
    "knowledge.action.create": {"th": "สร้าง", "en": "created"},
    "knowledge.action.edit": {"th": "แก้ไข", "en": "edited"},
    "knowledge.action.submit": {"th": "ส่งตรวจ", "en": "submit"},
    "knowledge.action.return": {"th": "ส่งกลับแก้ไข", "en": "return"},
    "knowledge.action.publish": {"th": "เผยแพร่", "en": "publish"},
    "knowledge.action.unpublish": {"th": "ยกเลิกการเผยแพร่", "en": "unpublish"},
    "knowledge.state.draft": {"th": "ฉบับร่าง", "en": "draft"},
    "knowledge.state.submitted": {"th": "รอตรวจ", "en": "submitted"},
    "knowledge.state.returned": {"th": "ส่งกลับแก้ไข", "en": "returned"},
    "knowledge.state.published": {"th": "เผยแพร่แล้ว", "en": "published"},
    "knowledge.state.withdrawn": {"th": "ยกเลิกการเผยแพร่", "en": "withdrawn"},
    # the list
    "knowledge.title": {"th": "คลังความรู้ของสำนักงาน", "en": "The office's knowledge"},
    "knowledge.lede": {
        "th": "สิ่งที่เพื่อนร่วมงานเรียนรู้จากการทำงาน ผ่านการตรวจของผู้ประสานงาน KM แล้วจึงเผยแพร่"
        " และค้นหาได้พร้อมกับกฎหมาย",
        "en": "What colleagues learned doing the work, reviewed by a KM coordinator before it is"
        " published and found by search with the law",
    },
    "knowledge.new": {"th": "เขียนบันทึกความรู้", "en": "Write a note"},
    "knowledge.questions": {"th": "ถาม-ตอบ", "en": "Questions"},
    "knowledge.categories": {"th": "หมวดหมู่", "en": "Categories"},
    "knowledge.published": {"th": "บันทึกที่เผยแพร่แล้ว", "en": "Published notes"},
    "knowledge.published_none": {"th": "ยังไม่มีบันทึกที่เผยแพร่", "en": "No published notes yet"},
    "knowledge.mine": {"th": "บันทึกของฉัน", "en": "My notes"},
    "knowledge.mine_none": {"th": "คุณยังไม่ได้เขียนบันทึก", "en": "You have written no notes"},
    "knowledge.review_queue": {"th": "รอตรวจ", "en": "Awaiting review"},
    "knowledge.review_none": {"th": "ไม่มีบันทึกรอตรวจ", "en": "Nothing awaits review"},
    "knowledge.filter.category": {"th": "หมวดหมู่", "en": "Category"},
    "knowledge.filter.all": {"th": "ทุกหมวดหมู่", "en": "Every category"},
    "knowledge.filter.tag": {"th": "แท็ก", "en": "Tag"},
    "knowledge.filter.apply": {"th": "กรอง", "en": "Filter"},
    "knowledge.by": {"th": "โดย {name}", "en": "by {name}"},
    "knowledge.count": {"th": "{n} บันทึก", "en": "{n} notes"},
    # the form
    "knowledge.form.new": {"th": "เขียนบันทึกความรู้", "en": "Write a knowledge note"},
    "knowledge.form.edit": {"th": "แก้ไขบันทึกความรู้", "en": "Edit the note"},
    "knowledge.form.title": {"th": "ชื่อเรื่อง", "en": "Title"},
    "knowledge.form.body": {"th": "เนื้อหา", "en": "Text"},
    "knowledge.form.body_help": {
        "th": "เขียนแบบ Markdown ได้: # หัวข้อ, **ตัวหนา**, - รายการ, [ลิงก์](https://...), ตาราง"
        " ระบุกฎหมายเช่น “มาตรา 45 พ.ร.บ.อบจ.” แล้วระบบจะลิงก์ไปยังมาตรานั้นให้ ยาวได้ไม่เกิน {max} ตัวอักษร",
        "en": "Markdown works: # heading, **bold**, - list, [link](https://...), tables. Cite the"
        " law (“มาตรา 45 พ.ร.บ.อบจ.”) and it links to the section. At most {max} characters",
    },
    "knowledge.form.category": {"th": "หมวดหมู่", "en": "Category"},
    "knowledge.form.no_category": {"th": "ไม่ระบุ", "en": "None"},
    "knowledge.form.tags": {"th": "แท็ก (คั่นด้วยจุลภาค)", "en": "Tags (comma-separated)"},
    "knowledge.form.attachment": {"th": "แนบไฟล์", "en": "Attach a file"},
    "knowledge.form.attachment_help": {
        "th": "PDF, Word, Excel, JPG, PNG, TXT หรือ CSV ไม่เกิน {mb} MB",
        "en": "PDF, Word, Excel, JPG, PNG, TXT or CSV, up to {mb} MB",
    },
    "knowledge.form.save": {"th": "บันทึกฉบับร่าง", "en": "Save draft"},
    "knowledge.form.save_submit": {"th": "บันทึกและส่งตรวจ", "en": "Save and submit"},
    "knowledge.form.conflict_title": {
        "th": "ฉบับล่าสุดที่ผู้อื่นเปลี่ยนไว้",
        "en": "The latest version, as changed meanwhile",
    },
    # a note
    "knowledge.note.version": {"th": "ฉบับที่ {n}", "en": "Version {n}"},
    "knowledge.note.published_at": {"th": "เผยแพร่เมื่อ", "en": "Published"},
    "knowledge.note.published_is": {
        "th": "ผู้อ่านเห็นฉบับที่ {n} ซึ่งเผยแพร่อยู่",
        "en": "Readers see the published version {n}",
    },
    "knowledge.note.not_published": {"th": "ยังไม่เผยแพร่", "en": "Not published"},
    "knowledge.note.old_version": {
        "th": "คุณกำลังดูฉบับเก่า",
        "en": "You are looking at an older version",
    },
    "knowledge.note.returned_comment": {"th": "ความเห็นของผู้ตรวจ", "en": "The reviewer's comment"},
    "knowledge.note.references": {"th": "กฎหมายที่อ้างถึง", "en": "Law cited"},
    "knowledge.note.reference_missing": {"th": "(ไม่มีในคลัง)", "en": "(not in the portal)"},
    "knowledge.note.attachments": {"th": "ไฟล์แนบ", "en": "Attachments"},
    "knowledge.note.edit": {"th": "แก้ไข", "en": "Edit"},
    "knowledge.note.revise": {
        "th": "แก้ไขปรับปรุง (ฉบับใหม่ต้องผ่านการตรวจ)",
        "en": "Revise (the new version is reviewed)",
    },
    "knowledge.note.submit": {"th": "ส่งตรวจ", "en": "Submit for review"},
    "knowledge.note.history": {"th": "ประวัติและความแตกต่างของแต่ละฉบับ", "en": "Versions and changes"},
    "knowledge.note.tags": {"th": "แท็ก", "en": "Tags"},
    "knowledge.review.title": {"th": "ตรวจบันทึก", "en": "Review"},
    "knowledge.review.comment": {
        "th": "ความเห็น (ต้องมีเมื่อส่งกลับแก้ไข)",
        "en": "Comment (needed to return)",
    },
    "knowledge.review.publish": {"th": "เผยแพร่", "en": "Publish"},
    "knowledge.review.return": {"th": "ส่งกลับแก้ไข", "en": "Return for changes"},
    "knowledge.review.unpublish": {"th": "ยกเลิกการเผยแพร่", "en": "Unpublish"},
    "knowledge.review.unpublish_comment": {"th": "เหตุผล (ไม่บังคับ)", "en": "Reason (optional)"},
    # history
    "knowledge.history.title": {"th": "ประวัติของบันทึก", "en": "History of the note"},
    "knowledge.history.versions": {"th": "ฉบับต่าง ๆ", "en": "Versions"},
    "knowledge.history.events": {"th": "การตรวจ", "en": "Review trail"},
    "knowledge.history.compare": {"th": "เทียบฉบับ", "en": "Compare"},
    "knowledge.history.old": {"th": "ฉบับเดิม", "en": "Older"},
    "knowledge.history.new": {"th": "ฉบับใหม่", "en": "Newer"},
    "knowledge.history.diff": {
        "th": "ความแตกต่างระหว่างฉบับที่ {old} และ {new}",
        "en": "Changes from version {old} to {new}",
    },
    "knowledge.history.no_change": {"th": "ไม่มีความแตกต่าง", "en": "No differences"},
    "knowledge.history.added": {"th": "เพิ่ม", "en": "added"},
    "knowledge.history.removed": {"th": "ลบ", "en": "removed"},
    "knowledge.history.back": {"th": "กลับไปที่บันทึก", "en": "Back to the note"},
    # categories
    "knowledge.categories.title": {"th": "หมวดหมู่ของบันทึกความรู้", "en": "Note categories"},
    "knowledge.categories.name": {"th": "ชื่อหมวดหมู่", "en": "Name"},
    "knowledge.categories.description": {"th": "คำอธิบาย", "en": "Description"},
    "knowledge.categories.add": {"th": "เพิ่มหมวดหมู่", "en": "Add a category"},
    "knowledge.categories.rename": {"th": "บันทึก", "en": "Save"},
    "knowledge.categories.delete": {"th": "ลบ", "en": "Delete"},
    "knowledge.categories.n_published": {"th": "เผยแพร่ {n} บันทึก", "en": "{n} published"},
    "knowledge.categories.none": {"th": "ยังไม่มีหมวดหมู่", "en": "No categories yet"},
    # Q&A
    "knowledge.qa.title": {"th": "ถาม-ตอบ", "en": "Questions and answers"},
    "knowledge.qa.lede": {
        "th": "ถามสิ่งที่อยากรู้เกี่ยวกับงาน เพื่อนร่วมงานช่วยตอบ คำตอบที่ได้รับการยอมรับค้นหาได้เหมือนบันทึกความรู้",
        "en": "Ask what you need to know; colleagues answer; an accepted answer is found by search",
    },
    "knowledge.qa.ask": {"th": "ตั้งคำถาม", "en": "Ask a question"},
    "knowledge.qa.all": {"th": "ทุกคำถาม", "en": "All questions"},
    "knowledge.qa.unanswered": {"th": "ยังไม่มีคำตอบ", "en": "Unanswered"},
    "knowledge.qa.unanswered_help": {
        "th": "ความรู้ที่สำนักงานยังขาด: ใช้ประกอบขั้นที่ 1 การบ่งชี้ความรู้ของแผน KM",
        "en": "What the office does not know yet: input to step 1 of the KM plan",
    },
    "knowledge.qa.none": {"th": "ยังไม่มีคำถาม", "en": "No questions"},
    "knowledge.qa.n_answers": {"th": "{n} คำตอบ", "en": "{n} answers"},
    "knowledge.qa.accepted": {"th": "มีคำตอบที่ยอมรับแล้ว", "en": "Answered"},
    "knowledge.qa.question": {"th": "คำถาม", "en": "Question"},
    "knowledge.qa.details": {"th": "รายละเอียด (ไม่บังคับ)", "en": "Details (optional)"},
    "knowledge.qa.answers": {"th": "คำตอบ", "en": "Answers"},
    "knowledge.qa.no_answers": {"th": "ยังไม่มีคำตอบ", "en": "No answers yet"},
    "knowledge.qa.your_answer": {"th": "คำตอบของคุณ", "en": "Your answer"},
    "knowledge.qa.post_answer": {"th": "ส่งคำตอบ", "en": "Post the answer"},
    "knowledge.qa.accept": {"th": "ยอมรับคำตอบนี้", "en": "Accept this answer"},
    "knowledge.qa.accepted_badge": {"th": "คำตอบที่ยอมรับ", "en": "Accepted answer"},
    "knowledge.qa.submit": {"th": "ส่งคำถาม", "en": "Ask"},
}
