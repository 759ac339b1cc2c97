"""Sign-in, account and admin pages, and the account service's messages
(``auth.*``, ``admin.*``)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "auth.login.title": {"th": "เข้าสู่ระบบ", "en": "Sign in"},
    "auth.login.username": {"th": "ชื่อผู้ใช้", "en": "User name"},
    "auth.login.password": {"th": "รหัสผ่าน", "en": "Password"},
    "auth.login.submit": {"th": "เข้าสู่ระบบ", "en": "Sign in"},
    "auth.login.failed": {
        "th": "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        "en": "Wrong user name or password",
    },
    "auth.login.throttled": {
        "th": "ลองเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ {minutes} นาทีแล้วลองใหม่",
        "en": "Too many failed sign-ins. Please wait {minutes} minutes and try again",
    },
    "auth.logout": {"th": "ออกจากระบบ", "en": "Sign out"},
    "auth.account": {"th": "บัญชีของฉัน", "en": "My account"},
    "auth.signed_in_as": {"th": "ผู้ใช้: {name}", "en": "Signed in as {name}"},
    "auth.role.viewer": {"th": "ผู้อ่าน", "en": "Viewer"},
    "auth.role.coordinator": {"th": "ผู้ประสานงาน KM", "en": "KM coordinator"},
    "auth.role.admin": {"th": "ผู้ดูแลระบบ", "en": "Administrator"},
    "auth.tokens.title": {"th": "โทเคน API", "en": "API tokens"},
    "auth.tokens.help": {
        "th": "ใช้กับสคริปต์: ส่งในหัว Authorization: Bearer <โทเคน> ได้สิทธิ์เท่าบัญชีนี้",
        "en": "For scripts: send Authorization: Bearer <token>; it has this account's role",
    },
    "auth.tokens.name": {"th": "ชื่อโทเคน", "en": "Token name"},
    "auth.tokens.create": {"th": "สร้างโทเคน", "en": "Create token"},
    "auth.tokens.revoke": {"th": "เพิกถอน", "en": "Revoke"},
    "auth.tokens.revoked": {"th": "เพิกถอนแล้ว", "en": "Revoked"},
    "auth.tokens.none": {"th": "ยังไม่มีโทเคน", "en": "No tokens yet"},
    "auth.tokens.shown_once": {
        "th": "คัดลอกโทเคนนี้เก็บไว้ตอนนี้ ระบบจะไม่แสดงอีก",
        "en": "Copy this token now: it will not be shown again",
    },
    "auth.tokens.col.name": {"th": "ชื่อ", "en": "Name"},
    "auth.tokens.col.prefix": {"th": "ขึ้นต้นด้วย", "en": "Starts with"},
    "auth.tokens.col.created": {"th": "สร้างเมื่อ", "en": "Created"},
    "auth.tokens.col.state": {"th": "สถานะ", "en": "State"},
    "auth.tokens.active": {"th": "ใช้งานได้", "en": "Active"},
    "admin.users.title": {"th": "จัดการผู้ใช้", "en": "Users"},
    "admin.users.create": {"th": "เพิ่มผู้ใช้", "en": "Add user"},
    "admin.users.display_name": {"th": "ชื่อที่แสดง", "en": "Display name"},
    "admin.users.role": {"th": "บทบาท", "en": "Role"},
    "admin.users.state": {"th": "สถานะ", "en": "State"},
    "admin.users.enabled": {"th": "ใช้งานได้", "en": "Enabled"},
    "admin.users.disabled": {"th": "ระงับแล้ว", "en": "Disabled"},
    "admin.users.disable": {"th": "ระงับบัญชี", "en": "Disable"},
    "admin.users.enable": {"th": "เปิดใช้บัญชี", "en": "Enable"},
    "admin.users.set_role": {"th": "เปลี่ยนบทบาท", "en": "Change role"},
    "admin.users.new_password": {"th": "รหัสผ่านใหม่", "en": "New password"},
    "admin.users.reset_password": {"th": "ตั้งรหัสผ่านใหม่", "en": "Reset password"},
    "admin.users.password_rule": {
        "th": "อย่างน้อย 12 ตัวอักษร",
        "en": "At least 12 characters",
    },
    "admin.users.done": {"th": "บันทึกแล้ว", "en": "Saved"},
    "admin.users.own_role": {
        "th": "ลดสิทธิ์ของบัญชีตัวเองไม่ได้",
        "en": "You cannot lower your own account's role",
    },
    "admin.users.own_disable": {
        "th": "ระงับบัญชีของตัวเองไม่ได้",
        "en": "You cannot disable your own account",
    },
    "admin.audit.title": {"th": "บันทึกการใช้งาน", "en": "Audit trail"},
    "admin.audit.export": {"th": "ส่งออก CSV", "en": "Export CSV"},
    "admin.audit.action": {"th": "การกระทำ", "en": "Action"},
    "admin.audit.filter": {"th": "กรอง", "en": "Filter"},
    "admin.audit.col.at": {"th": "เวลา (UTC)", "en": "Time (UTC)"},
    "admin.audit.col.actor": {"th": "ผู้กระทำ", "en": "Actor"},
    "admin.audit.col.target": {"th": "เป้าหมาย", "en": "Target"},
    "admin.audit.col.detail": {"th": "รายละเอียด", "en": "Detail"},
    "admin.audit.col.ip": {"th": "จากที่อยู่", "en": "From"},
    "admin.audit.none": {"th": "ยังไม่มีบันทึก", "en": "No entries"},
    "admin.audit.older": {"th": "เก่ากว่า", "en": "Older"},
    "admin.audit.km_history": {
        "th": "ประวัติการแก้ไขข้อมูล KM อยู่ที่หน้า ประวัติการแก้ไข ของแผน KM",
        "en": "KM data changes are listed on the KM history page",
    },
    "nav.admin_documents": {"th": "จัดการเอกสาร", "en": "Documents"},
    "nav.admin_users": {"th": "ผู้ใช้", "en": "Users"},
    "nav.admin_audit": {"th": "บันทึกการใช้งาน", "en": "Audit"},
    "error.401": {"th": "กรุณาเข้าสู่ระบบก่อน", "en": "Please sign in first"},
    "error.403": {"th": "ไม่มีสิทธิ์เข้าถึง", "en": "Access denied"},
    "error.429": {"th": "มีคำขอมากเกินไป", "en": "Too many requests"},
    # the account service's refusals (kmportal.auth) and the guards'
    "auth.tokens.name_needed": {
        "th": "ตั้งชื่อโทเคนเพื่อให้จำได้ว่าใช้กับสคริปต์ใด",
        "en": "Name the token so you remember which script uses it",
    },
    "auth.tokens.not_found": {"th": "ไม่พบโทเคนนี้", "en": "No such token"},
    "auth.password.too_short": {
        "th": "รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร",
        "en": "The password must be at least {n} characters long",
    },
    "auth.password.too_long": {
        "th": "รหัสผ่านต้องยาวไม่เกิน {n} ตัวอักษร",
        "en": "The password must be at most {n} characters long",
    },
    "auth.users.bad_name": {
        "th": "ชื่อผู้ใช้ต้องยาว 2–64 ตัว ใช้ได้เฉพาะ a–z, 0–9, จุด, ขีด, _ และ @",
        "en": "A user name is 2–64 characters of a–z, 0–9, dot, dash, _ and @",
    },
    "auth.users.not_found": {"th": "ไม่พบผู้ใช้ {name}", "en": "No user {name}"},
    "auth.users.exists": {
        "th": "มีผู้ใช้ชื่อ {name} อยู่แล้ว",
        "en": "A user named {name} already exists",
    },
    "auth.forbidden": {
        "th": "สิทธิ์ของบัญชีนี้ไม่พอสำหรับหน้านี้",
        "en": "This account's role does not allow this page",
    },
    "auth.token_invalid": {
        "th": "โทเคน API ไม่ถูกต้องหรือถูกเพิกถอนแล้ว",
        "en": "The API token is invalid or revoked",
    },
    "auth.csrf.cross_site": {
        "th": "คำขอนี้มาจากเว็บไซต์อื่น จึงถูกปฏิเสธ",
        "en": "This request came from another site and was refused",
    },
    "auth.csrf.expired": {
        "th": "ฟอร์มหมดอายุหรือไม่ได้มาจากหน้านี้ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง",
        "en": "The form expired or did not come from this page; reload the page and try again",
    },
}
