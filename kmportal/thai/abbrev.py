"""Abbreviations staff type and the full forms the law uses.

The Acts never use the abbreviations (อบจ., อปท., พ.ร.บ.), so a query is matched
after its abbreviations are expanded. The same table feeds the glossary page.
Keys are the canonical spelling; ``variants`` are other spellings seen in use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Abbreviation:
    short: str
    full: str
    english: str
    variants: tuple[str, ...] = ()
    expand: bool = True  # False: listed in the glossary, never rewritten in text
    # True: only where no Thai letter comes before it, as two-letter forms are
    # also the end of words (ทน. of "ผู้แทน.", ทม. of "กทม.")
    alone: bool = False


ABBREVIATIONS: tuple[Abbreviation, ...] = (
    Abbreviation(
        "อบจ.",
        "องค์การบริหารส่วนจังหวัด",
        "Provincial Administrative Organisation (PAO)",
        ("อ.บ.จ.", "อบจ"),
    ),
    Abbreviation(
        "อบต.",
        "องค์การบริหารส่วนตำบล",
        "Tambon (Subdistrict) Administrative Organisation (TAO)",
        ("อ.บ.ต.", "อบต"),
    ),
    Abbreviation(
        "อปท.", "องค์กรปกครองส่วนท้องถิ่น", "local government organisation", ("อ.ป.ท.", "อปท", "อบท.")
    ),
    Abbreviation("ส.อบจ.", "สมาชิกสภาองค์การบริหารส่วนจังหวัด", "member of the PAO council"),
    Abbreviation("ส.อบต.", "สมาชิกสภาองค์การบริหารส่วนตำบล", "member of the TAO council"),
    Abbreviation("พ.ร.บ.", "พระราชบัญญัติ", "Act", ("พรบ.", "พรบ", "พ.ร.บ")),
    Abbreviation("พ.ร.ฎ.", "พระราชกฤษฎีกา", "Royal Decree", ("พรฎ.",)),
    Abbreviation(
        "ก.บ.จ.",
        "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ",
        "Provincial Integrated Administration Committee",
        ("กบจ.", "กบจ"),
    ),
    Abbreviation(
        "ก.บ.ภ.",
        "คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ",
        "Provincial Cluster Integrated Administration Committee",
        ("กบภ.", "กบภ"),
    ),
    Abbreviation(
        "ก.ก.ถ.",
        "คณะกรรมการการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น",
        "National Decentralisation Committee",
        ("กกถ.",),
    ),
    Abbreviation("กทม.", "กรุงเทพมหานคร", "Bangkok Metropolitan Administration"),
    # The three tiers of municipality, as plans name the one a subsidy goes to.
    Abbreviation("ทต.", "เทศบาลตำบล", "sub-district municipality", alone=True),
    Abbreviation("ทม.", "เทศบาลเมือง", "town municipality", alone=True),
    Abbreviation("ทน.", "เทศบาลนคร", "city municipality", alone=True),
    Abbreviation("ผวจ.", "ผู้ว่าราชการจังหวัด", "provincial governor", ("ผู้ว่าฯ",)),
    Abbreviation("นอภ.", "นายอำเภอ", "district chief"),
    # The ones plan titles use for what a project serves or builds.
    Abbreviation("ร.ร.", "โรงเรียน", "school", ("รร.",)),
    Abbreviation("ศพด.", "ศูนย์พัฒนาเด็กเล็ก", "child development centre"),
    Abbreviation("รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "sub-district health promoting hospital"),
    Abbreviation("รพ.", "โรงพยาบาล", "hospital"),
    Abbreviation("อสม.", "อาสาสมัครสาธารณสุขประจำหมู่บ้าน", "village health volunteer"),
    # The provincial and district offices plans subsidise, by their usual names.
    Abbreviation("สสจ.", "สำนักงานสาธารณสุขจังหวัด", "provincial public health office"),
    Abbreviation("สสอ.", "สำนักงานสาธารณสุขอำเภอ", "district public health office"),
    Abbreviation(
        "สพป.",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
        "primary educational service area office",
    ),
    Abbreviation(
        "สพม.",
        "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
        "secondary educational service area office",
    ),
    Abbreviation(
        "พมจ.",
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
        "provincial social development and human security office",
    ),
    # A police station, as subsidies to one name it ("อุดหนุน สภ.แม่สอด").
    Abbreviation("สภ.", "สถานีตำรวจภูธร", "provincial police station", alone=True),
    Abbreviation("อปพร.", "อาสาสมัครป้องกันภัยฝ่ายพลเรือน", "civil defence volunteer"),
    Abbreviation("ชรบ.", "ชุดรักษาความปลอดภัยหมู่บ้าน", "village security team"),
    Abbreviation("คสล.", "คอนกรีตเสริมเหล็ก", "reinforced concrete"),
    # A road, only in this whole form: a bare ถ. would be read at the end of รถ.
    Abbreviation("ถ.คสล.", "ถนนคอนกรีตเสริมเหล็ก", "reinforced concrete road"),
    # The route numbers of the highway departments' roads ("ทล.12", "ทช.ตก.3005").
    Abbreviation("ทล.", "ทางหลวงแผ่นดิน ", "national highway (Department of Highways)"),
    Abbreviation("ทช.", "ทางหลวงชนบท ", "rural highway (Department of Rural Roads)"),
    Abbreviation("KM", "การจัดการความรู้", "knowledge management"),
    Abbreviation("ม.", "มาตรา", "section (of an Act)"),
    Abbreviation("ฯลฯ", "และอื่น ๆ", "et cetera", expand=False),
)


def alone() -> frozenset[str]:
    """The spellings that expand only where no Thai letter comes before them."""
    return frozenset(s for a in ABBREVIATIONS if a.alone for s in (a.short, *a.variants))


def expansions() -> dict[str, str]:
    """Every spelling (short form and variants) mapped to its full form."""
    out: dict[str, str] = {}
    for a in ABBREVIATIONS:
        # ม. only means มาตรา before a number: the citation parser handles it.
        if not a.expand or a.short == "ม.":
            continue
        for spelling in (a.short, *a.variants):
            out[spelling] = a.full
    return out
