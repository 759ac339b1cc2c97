"""Running the portal: the database and its schema, backups and restores.
Keys ``db.*`` and ``backup.*``; the CLI and the logs show them bilingually."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "db.bad_url": {
        "th": "KMPORTAL_DATABASE_URL ไม่ใช่ URL ของฐานข้อมูลที่ใช้ได้: {reason}",
        "en": "KMPORTAL_DATABASE_URL is not a usable database URL: {reason}",
    },
    "db.unsupported": {
        "th": "ไม่รองรับฐานข้อมูลชนิด {dialect}: ใช้ SQLite (sqlite:///ไฟล์) หรือ PostgreSQL "
        "(postgresql://ผู้ใช้:รหัสผ่าน@เครื่อง:พอร์ต/ชื่อฐานข้อมูล)",
        "en": "{dialect} databases are not supported: use SQLite (sqlite:///FILE) or "
        "PostgreSQL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE)",
    },
    "db.unreachable": {
        "th": "ฐานข้อมูล {url} ไม่ตอบ: {reason}",
        "en": "the database {url} does not answer: {reason}",
    },
    "db.pg.unreachable": {
        "th": "ติดต่อเซิร์ฟเวอร์ PostgreSQL ของ {url} ไม่ได้ (ชื่อเครื่องหรือพอร์ตผิด "
        "หรือเซิร์ฟเวอร์ไม่ได้เปิดอยู่) จึงไม่ได้แตะต้องข้อมูลใด ๆ: {reason}",
        "en": "cannot reach the PostgreSQL server of {url} (wrong host or port, or the "
        "server is not running); nothing was changed: {reason}",
    },
    "db.pg.auth": {
        "th": "PostgreSQL ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่านใน KMPORTAL_DATABASE_URL ({url}) "
        "จึงไม่ได้แตะต้องข้อมูลใด ๆ: {reason}",
        "en": "PostgreSQL refused the user name or password of KMPORTAL_DATABASE_URL "
        "({url}); nothing was changed: {reason}",
    },
    "db.pg.no_database": {
        "th": "ไม่มีฐานข้อมูลตามที่ KMPORTAL_DATABASE_URL ระบุ ({url}) บนเซิร์ฟเวอร์ "
        "PostgreSQL: สร้างด้วย createdb ก่อน (ดู docs/deploy.md): {reason}",
        "en": "the database KMPORTAL_DATABASE_URL names ({url}) does not exist on the "
        "PostgreSQL server: create it with createdb first (see docs/deploy.md): {reason}",
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
    "db.read_only_behind": {
        "th": "ฐานข้อมูล {url} ต้องปรับโครงสร้างเป็นรุ่น {head} แต่โฟลเดอร์ข้อมูลเขียนไม่ได้ "
        "(อ่านอย่างเดียวหรือไม่มีสิทธิ์): ให้เขียนได้แล้วเริ่มใหม่ ไม่ได้แตะต้องข้อมูลใด ๆ",
        "en": "the database {url} needs an upgrade to revision {head} but its folder cannot "
        "be written (read-only or no permission): make it writable and start again; "
        "nothing was changed",
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
    "backup.postgresql": {
        "th": "kmportal backup และ restore ใช้กับฐานข้อมูล SQLite เท่านั้น: ฐานข้อมูล "
        "PostgreSQL สำรองด้วย pg_dump และกู้คืนด้วย pg_restore พร้อมสำเนาโฟลเดอร์ uploads "
        "km-evidence และ knowledge-files ตามขั้นตอนใน docs/deploy.md (หัวข้อ PostgreSQL) "
        "ไม่ได้เขียนไฟล์ใด ๆ",
        "en": "kmportal backup and restore work on SQLite databases only: back a PostgreSQL "
        "database up with pg_dump and restore it with pg_restore, with a copy of the uploads, "
        "km-evidence and knowledge-files folders, as docs/deploy.md (section PostgreSQL) "
        "describes; nothing was written",
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
    "index.not_a_folder": {
        "th": "ที่เก็บดัชนีค้นหา {path} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงสร้างดัชนีไม่ได้: "
        "ย้ายไฟล์นั้นออก แล้วระบบจะสร้างดัชนีใหม่เอง",
        "en": "the search index path {path} is a file, not a folder, so no index can be "
        "built there: move the file away and the index is rebuilt by itself",
    },
    "cli.cannot_write": {
        "th": "เขียน {path} ไม่ได้: {cause} จึงไม่ได้เริ่มทำงานและไม่มีสิ่งใดเปลี่ยนแปลง",
        "en": "cannot write {path}: {cause}; nothing was started or changed",
    },
    "cause.disk_full": {"th": "ดิสก์เต็ม", "en": "the disk is full"},
    "cause.read_only": {"th": "เป็นแบบอ่านอย่างเดียว", "en": "it is read-only"},
    "cause.permission": {"th": "ไม่มีสิทธิ์เขียน", "en": "no permission to write it"},
    "cli.locked": {
        "th": "ฐานข้อมูล {path} ถูกโปรแกรมอื่นล็อกไว้ขณะเขียน (การนำเข้าหรือกู้คืนอีกงานหนึ่ง): "
        "รอให้งานนั้นเสร็จแล้วสั่งใหม่",
        "en": "the database {path} is locked by another process writing to it (another "
        "ingest or restore): wait for it to finish and run this again",
    },
    "cli.corrupt": {
        "th": "ไฟล์ฐานข้อมูล {path} เสียหายหรือไม่ใช่ฐานข้อมูล SQLite: กู้คืนจากไฟล์สำรอง "
        "(kmportal restore) ลงโฟลเดอร์ใหม่",
        "en": "the database file {path} is damaged or not an SQLite database: restore a "
        "backup (kmportal restore) into a new directory",
    },
    "cli.unexpected": {
        "th": "เกิดข้อผิดพลาดที่ไม่คาดคิด: {reason} (สั่งใหม่พร้อม kmportal --debug เพื่อดูรายละเอียด)",
        "en": "unexpected error: {reason} (run again as kmportal --debug ... for the traceback)",
    },
    "storage.disk_full": {
        "th": "บันทึกไม่ได้: พื้นที่ดิสก์ของโฟลเดอร์ข้อมูลเต็ม ไม่มีสิ่งใดถูกบันทึกไว้ครึ่ง ๆ กลาง ๆ "
        "ค้นหาและอ่านได้ตามปกติ; แจ้งผู้ดูแลระบบให้เพิ่มพื้นที่",
        "en": "cannot save: the data disk is full; nothing was half-written and searching "
        "and reading still work; ask the administrator to free space",
    },
    "storage.read_only": {
        "th": "บันทึกไม่ได้: โฟลเดอร์ข้อมูลเป็นแบบอ่านอย่างเดียว ค้นหาและอ่านได้ตามปกติ; แจ้งผู้ดูแลระบบ",
        "en": "cannot save: the data directory is read-only; searching and reading still "
        "work; tell the administrator",
    },
    "storage.permission": {
        "th": "บันทึกไม่ได้: ระบบไม่มีสิทธิ์เขียนโฟลเดอร์ข้อมูล ค้นหาและอ่านได้ตามปกติ; แจ้งผู้ดูแลระบบ",
        "en": "cannot save: the portal has no permission to write its data directory; "
        "searching and reading still work; tell the administrator",
    },
}
