"""Running the portal: the database and its schema, backups and restores.
Keys ``db.*`` and ``backup.*``; the CLI and the logs show them bilingually."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "db.bad_url": {
        "th": "KMPORTAL_DATABASE_URL ไม่ใช่ URL ของฐานข้อมูลที่ใช้ได้: {reason}",
        "en": "KMPORTAL_DATABASE_URL is not a usable database URL: {reason}",
    },
    "db.unsupported": {
        "th": "ยังไม่รองรับฐานข้อมูลชนิด {dialect} (รุ่นนี้ใช้ SQLite: sqlite:///ไฟล์)",
        "en": "{dialect} databases are not supported yet (this release uses SQLite: "
        "sqlite:///FILE)",
    },
    "db.cannot_open": {
        "th": "เปิดฐานข้อมูล {url} ไม่ได้: {reason}",
        "en": "cannot open the database {url}: {reason}",
    },
    "db.newer": {
        "th": "ฐานข้อมูล {url} มาจาก kmportal รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision} "
        "ซึ่งรุ่นนี้ไม่รู้จัก; รุ่นล่าสุดที่รู้จักคือ {head}) จึงไม่ได้แตะต้องข้อมูลใด ๆ: "
        "ใช้ kmportal รุ่นใหม่กว่า หรือกู้คืนจากไฟล์สำรองของรุ่นนี้",
        "en": "the database {url} comes from a newer kmportal (schema revision {revision}, "
        "unknown to this release, whose newest is {head}); nothing was changed: run the "
        "newer kmportal, or restore a backup made by this release",
    },
    "db.not_kmportal": {
        "th": "ฐานข้อมูล {url} ไม่ใช่ของ kmportal (มีตาราง {tables} แต่ไม่มีตารางของ kmportal) "
        "จึงไม่ได้แตะต้องข้อมูลใด ๆ",
        "en": "the database {url} is not a kmportal database (it holds {tables} but none of "
        "kmportal's tables); nothing was changed",
    },
    "db.too_old": {
        "th": "ฐานข้อมูล {url} มาจาก kmportal รุ่นเก่ากว่ารุ่นก่อนหน้า: ตาราง {table} ไม่มีคอลัมน์ "
        "{columns}; เปิดด้วยรุ่นก่อนหน้าหนึ่งครั้งก่อน จึงไม่ได้แตะต้องข้อมูลใด ๆ",
        "en": "the database {url} comes from a kmportal older than the previous release: "
        "table {table} lacks the columns {columns}; open it once with the previous release "
        "first; nothing was changed",
    },
    "db.upgrade_failed": {
        "th": "ปรับโครงสร้างฐานข้อมูล {url} ไม่สำเร็จ จึงคืนค่าเดิมทั้งหมด: {reason}",
        "en": "upgrading the database {url} failed and was rolled back: {reason}",
    },
    "db.current": {
        "th": "รุ่นโครงสร้างฐานข้อมูล: {current} (ล่าสุด: {head})",
        "en": "database schema revision: {current} (newest: {head})",
    },
    "db.state.up_to_date": {"th": "เป็นรุ่นล่าสุดแล้ว", "en": "up to date"},
    "db.state.behind": {
        "th": "ต้องปรับโครงสร้าง: kmportal db upgrade (หรือเริ่ม kmportal serve)",
        "en": "needs an upgrade: kmportal db upgrade (or start kmportal serve)",
    },
    "db.state.legacy": {
        "th": "ฐานข้อมูลของรุ่นก่อนหน้า (ยังไม่มีรุ่นโครงสร้าง): kmportal db upgrade จะรับเข้ามา",
        "en": "a database of the previous release (no schema revision yet): "
        "kmportal db upgrade adopts it",
    },
    "db.state.empty": {
        "th": "ยังไม่มีฐานข้อมูล: kmportal db upgrade จะสร้างขึ้น",
        "en": "no database yet: kmportal db upgrade creates it",
    },
    "db.upgraded": {
        "th": "ปรับโครงสร้างฐานข้อมูลแล้ว: {steps}",
        "en": "database upgraded: {steps}",
    },
    "db.nothing_to_do": {
        "th": "ฐานข้อมูลเป็นรุ่นล่าสุดอยู่แล้ว ({head}) ไม่มีอะไรเปลี่ยน",
        "en": "the database is already at the newest revision ({head}); nothing changed",
    },
    "backup.exists": {
        "th": "มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับ: ตั้งชื่อไฟล์สำรองใหม่",
        "en": "{path} exists already and is not overwritten: name a new backup file",
    },
    "backup.inside_data": {
        "th": "เก็บไฟล์สำรองไว้นอกโฟลเดอร์ข้อมูล {data_dir}",
        "en": "write the backup outside the data directory {data_dir}",
    },
    "backup.no_database": {
        "th": "ไม่มีฐานข้อมูลที่ {path} ให้สำรอง",
        "en": "there is no database at {path} to back up",
    },
    "backup.done": {
        "th": "สำรองแล้ว: {path} ({size}) เอกสาร {documents} ส่วนย่อย {chunks} แผน KM {plans} "
        "บัญชีผู้ใช้ {users} ไฟล์ {files}",
        "en": "backed up to {path} ({size}): {documents} documents, {chunks} chunks, "
        "{plans} KM plans, {users} accounts, {files} files",
    },
    "backup.no_file": {
        "th": "ไม่พบไฟล์สำรอง {path}",
        "en": "there is no backup file {path}",
    },
    "backup.unreadable": {
        "th": "ไฟล์สำรอง {path} ขาดหายหรือเสียหาย จึงไม่ได้กู้คืนสิ่งใด: {reason}",
        "en": "the backup {path} is truncated or damaged; nothing was restored: {reason}",
    },
    "backup.not_a_backup": {
        "th": "{path} ไม่ใช่ไฟล์สำรองของ kmportal จึงไม่ได้กู้คืนสิ่งใด: {reason}",
        "en": "{path} is not a kmportal backup; nothing was restored: {reason}",
    },
    "backup.newer": {
        "th": "ไฟล์สำรอง {path} มาจาก kmportal รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}; "
        "รุ่นนี้รู้จักถึง {head}) จึงไม่ได้กู้คืนสิ่งใด: กู้คืนด้วย kmportal รุ่นนั้นหรือใหม่กว่า",
        "en": "the backup {path} comes from a newer kmportal (schema revision {revision}; "
        "this release knows up to {head}); nothing was restored: restore it with that "
        "release or a newer one",
    },
    "backup.target_not_empty": {
        "th": "{path} มีข้อมูลอยู่แล้ว ({found}) จึงไม่กู้คืนทับ: กู้คืนลงโฟลเดอร์ว่างหรือที่ยังไม่มี",
        "en": "{path} is not empty ({found}); nothing was overwritten: restore into an "
        "empty or new directory",
    },
    "backup.restored": {
        "th": "กู้คืนแล้วที่ {data_dir}: เอกสาร {documents} ส่วนย่อย {chunks} แผน KM {plans} "
        "บัญชีผู้ใช้ {users} ไฟล์ {files}; สร้างดัชนีใหม่แล้ว ({indexed} ส่วนย่อย)",
        "en": "restored into {data_dir}: {documents} documents, {chunks} chunks, {plans} KM "
        "plans, {users} accounts, {files} files; index rebuilt ({indexed} chunks)",
    },
}
