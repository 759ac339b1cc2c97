"""Work the law leaves to a central body or to a private owner."""

from __future__ import annotations

import pytest

from kmportal import messages
from kmportal.search.reserved import KEYS, on_private_land, reserved_to
from kmportal.search.reserved.networks import NETWORKS
from kmportal.search.reserved.own import OWN
from kmportal.search.reserved.people import PEOPLE
from kmportal.search.reserved.places import PLACES
from kmportal.search.reserved.trade import TRADE
from kmportal.thai.normalize import normalize


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("ขยายทางหลวงแผ่นดินหมายเลข 21 จาก 2 ช่องจราจรเป็น 4 ช่องจราจร", "highway"),
        ("ก่อสร้างสะพานข้ามทางหลวงพิเศษระหว่างเมือง", "highway"),
        ("บูรณะผิวจราจรทางหลวงชนบทสาย ตก.3005", "highway"),
        # The highway's own lanes, shoulders or surface, named before it.
        ("ขยายไหล่ทางและบูรณะผิวจราจรแอสฟัลท์ติกคอนกรีต ทางหลวงแผ่นดินหมายเลข 1", "highway"),
        ("ขยายช่องจราจรและก่อสร้างไหล่ทาง ทางหลวงแผ่นดินหมายเลข 105 ช่วงผ่านชุมชน", "highway"),
        ("ขยายช่องจราจรจาก 2 ช่องเป็น 4 ช่องจราจร ทางหลวงแผ่นดินหมายเลข 1090", "highway"),
        # By its number alone, in a bracket, or past a bracket of its own.
        ("ขยายช่องจราจรเป็น 4 ช่อง พร้อมก่อสร้างเกาะกลาง ทางหลวงหมายเลข 1090", "highway"),
        # Its lanes counted before them, the route abbreviated as staff type it.
        ("ขยาย 4 ช่องจราจร ทล.12", "highway"),
        ("ขยาย 4 ช่องจราจร ถนนสาย อบจ. ตก.ถ.1-0015", None),
        ("ซ่อมแซมหลุมบ่อผิวจราจร ถนนสายแม่สอด-แม่ระมาด (ทางหลวงหมายเลข 105)", "highway"),
        (
            "จัดจ้างซ่อมสร้างผิวทางแอสฟัลต์ติกคอนกรีต (Overlay) หนา 5 เซนติเมตร ทางหลวงแผ่นดินหมายเลข 4",
            "highway",
        ),
        ("ซ่อมแซมผิวจราจรถนนสายบ้านนา เชื่อมทางหลวงหมายเลข 12", None),
        ("ก่อสร้างเรือนจำแห่งใหม่ รองรับผู้ต้องขัง 3,000 คน", "prison"),
        # Its route number, as plans abbreviate it (ทล.), and mending its surface.
        ("ปะซ่อมผิวทาง ทล.12 (ทางหลวงแผ่นดิน) ช่วงแม่สอด", "highway"),
        ("ก่อสร้างถนน คสล. แยก ทล.12 – บ้านห้วยบง", None),
        # A local road joining or crossing one is the local road's work.
        ("ปรับปรุงผิวจราจรถนนสายบ้านนา แยกทางหลวงแผ่นดินหมายเลข 12 – บ้านดง", None),
        ("ก่อสร้างผิวจราจรลาดยาง ถนนสายบ้านป่าไร่ ตัดกับทางหลวงแผ่นดิน", None),
        ("ขยายผิวจราจรถนนสายบ้านเหนือ เชื่อมทางหลวงชนบท ตก.3005", None),
        # Beside the highway, handed over, or subsidised: not the department's work.
        ("ติดตั้งไฟฟ้าส่องสว่างริมทางหลวงแผ่นดินหมายเลข 12", None),
        ("ปรับปรุงภูมิทัศน์เกาะกลางทางหลวงแผ่นดิน", None),
        ("ซ่อมแซมทางหลวงชนบทที่ถ่ายโอนให้องค์การบริหารส่วนจังหวัด", None),
        ("อุดหนุนแขวงทางหลวงชนบทตาก ซ่อมแซมทางหลวงชนบท", None),
        ("ก่อสร้างถนนคอนกรีตเสริมเหล็ก รหัสทางหลวงท้องถิ่น ตก.ถ.1-0012", None),
        ("จัดกิจกรรมเยี่ยมผู้ต้องขังในเรือนจำ", None),
        # An election of MPs, the Revenue Code's taxes, social security benefits.
        ("จัดการเลือกตั้งสมาชิกสภาผู้แทนราษฎร จัดตั้งที่เลือกตั้งและนับคะแนน", "election"),
        (
            "กำหนดหน่วยเลือกตั้ง แต่งตั้งกรรมการประจำหน่วย และนับคะแนนการเลือกตั้งสมาชิกสภาผู้แทนราษฎร",
            "election",
        ),
        # A dangerous product's sale stopped and recalled (the Consumer Protection
        # Act ม.๒๙/๘-๒๙/๑๐); telling consumers of it is not.
        ("สั่งห้ามขายและเรียกคืนสินค้าที่เป็นอันตรายต่อผู้บริโภคในตลาดนัดชุมชน", "product_recall"),
        ("อบรมให้ความรู้ผู้บริโภคเรื่องสินค้าอันตราย", None),
        ("รับยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา และคืนภาษีเงินได้", "revenue_tax"),
        ("จ่ายประโยชน์ทดแทนกรณีว่างงานแก่ผู้ประกันตนในเขตเทศบาล", "social_security"),
        # Its benefits by the name its sections give them; relief of one's own is not.
        ("จ่ายเงินทดแทนการขาดรายได้กรณีว่างงานให้ลูกจ้างที่ถูกเลิกจ้าง", "social_security"),
        ("ช่วยเหลือผู้ประสบภัยที่ขาดรายได้จากน้ำท่วม", None),
        # Declaring a national park or an animal epidemic zone.
        (
            "ประกาศกำหนดพื้นที่ป่าสงวนแห่งชาติป่าดงบังอี่ (ส่วนขยาย) เป็นเขตอุทยานแห่งชาติ",
            "national_park",
        ),
        # Extending or revoking one is by royal decree too (ม.๗); work beside it is not.
        ("ขยายเขตอุทยานแห่งชาติศรีสัชนาลัย ผนวกพื้นที่ป่าต้นน้ำ", "national_park"),
        ("เพิกถอนอุทยานแห่งชาติบางส่วนเพื่อจัดที่ทำกิน", "national_park"),
        ("ขยายเขตไฟฟ้าเข้าที่ทำการอุทยานแห่งชาติ", None),
        # Declaring public places smoke-free is the minister's (the Tobacco Products
        # Control Act ม.๔๑); marking one, or urging people to keep to it, is not, nor
        # is an office's own premises (below, with the tobacco monopoly).
        (
            "ประกาศกำหนดเขตปลอดบุหรี่และจุดสูบบุหรี่ในสถานที่สาธารณะทั่วจังหวัด",
            "smoke_free_zone",
        ),
        ("ติดตั้งป้ายเขตปลอดบุหรี่ในสำนักงานและตลาด", None),
        ("รณรงค์ให้ประชาชนงดสูบบุหรี่ในพื้นที่ที่ประกาศเป็นเขตปลอดบุหรี่", None),
        # A forest checkpoint is the minister's to set up (the Forest Act ม.๖๗); a
        # road past one is not.
        ("จัดตั้งด่านป่าไม้และจุดตรวจการนำไม้เคลื่อนที่ พร้อมก่อสร้างอาคาร", "forest_checkpoint"),
        ("ก่อสร้างอาคารที่ทำการด่านป่าไม้แม่ต้าน", "forest_checkpoint"),
        ("ปรับปรุงถนนลูกรังสายหน้าด่านป่าไม้ถึงบ้านแม่ต้าน", None),
        # The railway's track is the SRT's to renew; a crossing over it is not.
        ("ปรับปรุงทางรถไฟสายเหนือ เปลี่ยนรางและหมอนคอนกรีต", "railway"),
        ("ปรับปรุงทางข้ามทางรถไฟหน้าโรงเรียน", None),
        ("ประกาศเขตโรคระบาดชั่วคราวโรคลัมปี สกิน สั่งกักโค กระบือ", "animal_epidemic"),
        # And a pollution control zone (the NEQA ม.๕๙); the plan for one declared is local.
        ("ประกาศเขตควบคุมมลพิษจากหมอกควันและฝุ่นละออง PM2.5 ในเขตจังหวัดเชียงใหม่", "pollution_zone"),
        ("จัดทำแผนลดมลพิษในพื้นที่ที่ประกาศเขตควบคุมมลพิษ", None),
        # A court's building; not a pavilion (ศาลา) nor a shrine (ศาลเจ้า).
        ("ก่อสร้างอาคารที่ทำการศาลเยาวชนและครอบครัวจังหวัดลำปางหลังใหม่", "court"),
        ("ก่อสร้างบ้านพักผู้พิพากษาและข้าราชการศาลยุติธรรม ศาลจังหวัดนาทวี", "court"),
        ("ก่อสร้างศาลาเอนกประสงค์ประจำหมู่บ้าน", None),
        ("ปรับปรุงศาลเจ้าพ่อหลักเมือง", None),
        # Publishing ID numbers or blood tests; not a list of allowances by name,
        # nor what the people consented to.
        (
            "เปิดเผยข้อมูลผู้ป่วยเอดส์ (ชื่อ-สกุล เลขประจำตัวประชาชน และผลตรวจเลือด) ผ่านเว็บไซต์",
            "personal_data",
        ),
        ("ประกาศรายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ", None),
        ("เผยแพร่ประวัติสุขภาพผู้ป่วยที่ให้ความยินยอมเป็นหนังสือ", None),
        # Arms for a military unit, bought or subsidised; not a fire truck for
        # a unit, nor a training on arms safety for village volunteers.
        ("จัดซื้ออาวุธปืนเล็กยาวและกระสุน มอบให้กองร้อยทหารพรานเพื่อป้องกันชายแดน", "arms"),
        ("อุดหนุนหน่วยเฉพาะกิจ จัดซื้อเสื้อเกราะกันกระสุนให้กองกำลังป้องกันชายแดน", "arms"),
        ("จัดซื้อรถบรรทุกน้ำช่วยเหลือหน่วยทหารพรานในภารกิจดับไฟป่า", None),
        ("อบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) การใช้อาวุธอย่างปลอดภัย", None),
        # A headman's and his assistants' pay, paid or subsidised; training them,
        # or paying volunteers, is another matter.
        # A farm price guarantee is the minister's; explaining it to farmers, or
        # crop insurance, is another matter.
        ("จ่ายเงินชดเชยส่วนต่างราคามันสำปะหลัง (ประกันรายได้) ให้แก่เกษตรกร", "price_guarantee"),
        ("โครงการพยุงราคาลำไยสด ฤดูกาลผลิต 2568", "price_guarantee"),
        ("ประชาสัมพันธ์โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว", None),
        ("ส่งเสริมการทำประกันภัยพืชผลของเกษตรกร", None),
        # A university's campus is its own to build on; a road to it, or a
        # subsidy, is another matter.
        ("ก่อสร้างลู่วิ่งยางสังเคราะห์ สนามกีฬาภายในมหาวิทยาลัยขอนแก่น", "university_grounds"),
        ("ปรับปรุงถนนในเขตมหาวิทยาลัยราชภัฏ", "university_grounds"),
        ("ปรับปรุงลู่วิ่งยางสังเคราะห์ สนามกีฬามหาวิทยาลัยเชียงใหม่", "university_grounds"),
        ("ก่อสร้างถนนเชื่อมเข้ามหาวิทยาลัยราชภัฏ", None),
        ("อุดหนุนมหาวิทยาลัยราชภัฏ ปรับปรุงสนามกีฬาภายในมหาวิทยาลัย", None),
        ("จัดการแข่งขันกีฬาร่วมกับมหาวิทยาลัยในจังหวัด", None),
        ("อุดหนุนอำเภอ เป็นค่าตอบแทนรายเดือนแก่ผู้ช่วยผู้ใหญ่บ้านฝ่ายรักษาความสงบ", "headman_pay"),
        ("จ่ายเงินเดือนเพิ่มพิเศษให้กำนันและผู้ใหญ่บ้านในตำบล", "headman_pay"),
        # A professional club is helped from its committee's fund (the
        # Professional Sports Act ม.๑๘, ม.๑๙); a youth league is local work.
        ("อุดหนุนสโมสรฟุตบอลอาชีพประจำจังหวัด ส่งทีมเข้าแข่งขันไทยลีก 3", "pro_club"),
        ("จัดการแข่งขันฟุตบอลเยาวชนต้านยาเสพติด ชิงถ้วย นายก อบจ.", None),
        # The court awards an informant's reward (the Forest Act ม.๗๔ จัตวา), and
        # only a licensed company insures (the Non-life Insurance Act ม.๖).
        ("มอบเงินรางวัลนำจับแก่ผู้แจ้งเบาะแสการลักลอบตัดไม้", "informant_reward"),
        ("ประชาสัมพันธ์ช่องทางแจ้งเบาะแสการลักลอบตัดไม้", None),
        (
            "จัดตั้งกองทุนประกันภัยโค-กระบือ รับประกันความเสียหายโดยเก็บเบี้ยประกันจากเกษตรกร",
            "insurance_business",
        ),
        ("อุดหนุนค่าเบี้ยประกันภัยพืชผลแก่เกษตรกร", None),
        # Buying land to let farmers hire-purchase it is land reform's (its Act ม.๒๙, ม.๓๐).
        ("จัดซื้อที่ดินเพื่อจัดสรรให้เกษตรกรผู้ไม่มีที่ดินทำกินเช่าซื้อผ่อนชำระ", "land_reform"),
        ("จัดซื้อที่ดินเพื่อก่อสร้างศูนย์พัฒนาเด็กเล็ก", None),
        # Food licences, forest seizures, Pariyattidhamma schools, culture
        # councils and recruiting for work abroad are others' by their Acts;
        # helping makers, patrols or temples is not.
        ("ตรวจประเมินสถานที่ผลิตและออกเลขสารบบอาหาร (อย.) ให้กลุ่มวิสาหกิจชุมชน", "food_licence"),
        ("ส่งเสริมกลุ่มวิสาหกิจชุมชนยื่นขอเลข อย.", None),
        ("ตรวจยึดไม้หวงห้ามของกลางและเปรียบเทียบปรับผู้ลักลอบทำไม้", "forest_enforcement"),
        ("สนับสนุนหน่วยป้องกันรักษาป่าตรวจยึดไม้หวงห้าม", None),
        ("จัดตั้งโรงเรียนพระปริยัติธรรม แผนกสามัญศึกษา ในสังกัด อบจ.", "pariyattidhamma_school"),
        ("อุดหนุนโรงเรียนพระปริยัติธรรม จัดซื้อสื่อการเรียน", None),
        ("จัดตั้งสภาวัฒนธรรมตำบลและคัดเลือกกรรมการสภาวัฒนธรรมตำบล", "culture_council"),
        ("สนับสนุนกิจกรรมของสภาวัฒนธรรมตำบล", None),
        ("จัดส่งแรงงานภาคเกษตรไปทำงานตามฤดูกาลในสาธารณรัฐเกาหลี", "recruitment_abroad"),
        ("อบรมแรงงานคืนถิ่นที่กลับจากทำงานต่างประเทศ", None),
        # An environmental protection area, a water map, bus routes and fares
        # are fixed by others; following them is not.
        ("ประกาศกำหนดเขตพื้นที่คุ้มครองสิ่งแวดล้อม บริเวณป่าชายเลน", "env_protection_area"),
        ("อบรมเยาวชนอนุรักษ์ป่าชายเลนในเขตพื้นที่คุ้มครองสิ่งแวดล้อม", None),
        ("จัดทำและประกาศใช้ผังน้ำ ลุ่มน้ำยมตอนบน", "water_map"),
        ("กำหนดเขตภาวะน้ำแล้งและมาตรการแบ่งปันน้ำในพื้นที่ลุ่มน้ำชี", "water_crisis_zone"),
        ("แจกจ่ายน้ำอุปโภคบริโภคในพื้นที่ที่ประกาศกำหนดเขตภาวะน้ำแล้ง", None),
        # Opening and closing the department's gates is its officers' (ม.๓๒).
        (
            "ควบคุมการเปิด–ปิดประตูระบายน้ำและจัดรอบเวรส่งน้ำในคลองส่งน้ำชลประทานสายใหญ่ฝั่งขวา",
            "irrigation_works",
        ),
        ("จ้างเหมาเปิด-ปิดประตูระบายน้ำ คลองส่งน้ำชลประทานขนาดเล็กของหมู่บ้าน", None),
        (
            "จ้างเหมาควบคุมการปิด–เปิดบานประตูระบายน้ำ คลองส่งน้ำสายใหญ่ (ทางน้ำชลประทานประเภท 1)",
            "irrigation_works",
        ),
        ("ขุดลอกลำน้ำตามผังน้ำที่ประกาศแล้ว", None),
        ("กำหนดเส้นทางเดินรถและอัตราค่าโดยสารรถโดยสารประจำทางหมวด 4 (รถสองแถว) สายใหม่", "bus_routes"),
        ("จัดให้มีบริการรถโดยสารสาธารณะของ อบจ. เส้นทางสถานีขนส่ง-โรงพยาบาล", None),
        # Others' by their Acts: a swiftlet-nest concession, a guardian, the state
        # lottery's agents, heritage listing, foreign workers brought in, an
        # abandoned temple's care; not the work around them.
        ("เปิดประมูลและให้สัมปทานเก็บรังนกอีแอ่นตามธรรมชาติบนเกาะ", "bird_nest"),
        ("ส่งเสริมการท่องเที่ยวชมถ้ำรังนกอีแอ่น", None),
        ("ตั้งผู้ปกครองให้แก่เด็กกำพร้าที่บิดามารดาเสียชีวิต", "guardianship"),
        ("จัดสวัสดิการเด็กกำพร้าและผู้ปกครองที่ดูแลเด็ก", None),
        ("จัดสรรสลากกินแบ่งรัฐบาลและแต่งตั้งคนพิการเป็นตัวแทนจำหน่ายสลาก", "lottery"),
        ("ฝึกอาชีพคนพิการที่เป็นผู้ค้าสลากกินแบ่งรัฐบาล", None),
        ("พิจารณาและประกาศขึ้นบัญชีมรดกภูมิปัญญาทางวัฒนธรรม รายการผ้าไหมมัดหมี่", "heritage_listing"),
        ("รวบรวมข้อมูลเสนอขึ้นบัญชีมรดกภูมิปัญญาทางวัฒนธรรมต่อกรมส่งเสริมวัฒนธรรม", None),
        ("ประกาศขึ้นบัญชีประเพณีบุญบั้งไฟเป็นมรดกภูมิปัญญาทางวัฒนธรรม", "heritage_listing"),
        ("สืบสานประเพณีที่ได้ขึ้นบัญชีเป็นมรดกภูมิปัญญาทางวัฒนธรรม", None),
        ("ขึ้นบัญชีผู้สูงอายุเพื่อรับเบี้ยยังชีพ และส่งเสริมภูมิปัญญาผู้สูงอายุ", None),
        (
            "นำเข้าแรงงานต่างด้าวตามบันทึกความเข้าใจ (MOU) เพื่อจัดส่งให้เกษตรกรผู้ปลูกอ้อย",
            "foreign_worker_import",
        ),
        ("อบรมนายจ้างเรื่องการขึ้นทะเบียนแรงงานต่างด้าว", None),
        ("เข้าดูแลรักษาวัดร้างที่ไม่มีพระภิกษุอยู่อาศัย", "abandoned_temple"),
        # An office-holder's pay is the ministry's rule; paying it is not at issue.
        ("ปรับอัตราเงินค่าตอบแทนรายเดือนและเบี้ยประชุมของสมาชิกสภา ตามมติสภา", "office_holder_pay"),
        ("จ่ายค่าตอบแทนรายเดือนสมาชิกสภา ตามระเบียบกระทรวงมหาดไทย", None),
        ("ส่งเงินสมทบกองทุนประกันสังคมในฐานะนายจ้างสำหรับข้าราชการทุกตำแหน่ง", "own_social_security"),
        # Common land let to a private party; guarding its boundary is not that.
        ("จัดหาผลประโยชน์จากที่ดินสาธารณประโยชน์หนองหลวง โดยให้เอกชนเช่าทำบ่อเลี้ยงปลา", "public_land_lease"),
        ("จัดทำแนวเขตและป้องกันการบุกรุกที่ดินสาธารณประโยชน์", None),
        # No juristic person runs a rotating credit circle (its Act ม.๕).
        ("จัดให้มีวงแชร์ออมทรัพย์หมุนเวียนรายเดือนให้กลุ่มแม่บ้าน", "rotating_credit"),
        ("รณรงค์ป้องกันการเล่นแชร์ลูกโซ่", None),
        ("แชร์ความรู้การทำเกษตรอินทรีย์", None),
        # A road onto a motorway, entering or leaving it.
        ("ก่อสร้างถนนเชื่อมเข้า-ออกทางหลวงพิเศษระหว่างเมืองหมายเลข 6", "motorway_access"),
        # A pollution control zone is the Board's (ม.๕๙), however the title words it.
        ("ยกระดับพื้นที่อำเภอแม่สอดเป็นเขตควบคุมมลพิษจากฝุ่นละออง", "pollution_zone"),
        ("จัดทำแผนลดและขจัดมลพิษในเขตควบคุมมลพิษ", None),
        # Public places of the province made smoke-free are the minister's (ม.๔๑).
        ("กำหนดให้ตลาดนัดและสวนสาธารณะทุกแห่งใน เป็นเขตปลอดบุหรี่", "smoke_free_zone"),
        ("กำหนดให้สำนักงานองค์การบริหารส่วนจังหวัดเป็นเขตปลอดบุหรี่", None),
        # Zones of an environmental disease are the director-general's (ม.๓๕).
        ("กำหนดเขตพื้นที่เฝ้าระวัง ป้องกัน และควบคุมโรคจากสิ่งแวดล้อม", "env_disease_zone"),
        ("ตรวจคัดกรองโรคจากสิ่งแวดล้อมให้ประชาชนรอบเหมือง", None),
        # Reserved tourism resources are the TAT's (its Act ม.๙ (๕)).
        (
            "สำรวจและประกาศพื้นที่เป็นทรัพยากรทางการท่องเที่ยวที่สงวนไว้เป็นของรัฐ",
            "state_tourism_resource",
        ),
        ("พัฒนาแหล่งท่องเที่ยวและทรัพยากรทางการท่องเที่ยวของท้องถิ่น", None),
        # An abandoned temple's land let is the Office of Buddhism's.
        ("บริหารจัดการที่ธรณีสงฆ์ของวัดร้างบ้านวังหิน จัดให้เช่าเป็นตลาด", "abandoned_temple"),
        # The governor sets up the disease control units (ม.๓๖).
        ("จัดตั้งหน่วยปฏิบัติการควบคุมโรคติดต่อประจำอำเภอ", "disease_control_unit"),
        ("อบรมหน่วยปฏิบัติการควบคุมโรคติดต่อ", None),
        # The moon is sighted by mosques and announced by the Chularatchamontri.
        ("ดูดวงจันทร์และประกาศกำหนดวันเริ่มถือศีลอดเดือนรอมฎอน", "moon_sighting"),
        ("จัดกิจกรรมละศีลอดร่วมกันในเดือนรอมฎอน", None),
        # A share circle by its definition (ม.๔), not a savings group.
        (
            "จัดตั้งวงออมเงินหมุนเวียน ให้สมาชิกส่งเงินงวดละ 1,000 บาท และประมูลรับเงินกองกลาง",
            "rotating_credit",
        ),
        ("ส่งเสริมกลุ่มออมทรัพย์เพื่อการผลิต ให้สมาชิกส่งเงินออมเป็นรายเดือน", None),
        # Rice prices in a control zone are the committee's (the Rice Trade Act ม.๘).
        ("กำหนดราคารับซื้อข้าวเปลือกขั้นต่ำในเขตจังหวัด", "rice_price"),
        ("ประกาศห้ามโรงสีรับซื้อข้าวเปลือกจากเกษตรกรต่ำกว่าราคาที่กำหนด", "rice_price"),
        ("โรงสีข้าวชุมชนรับซื้อข้าวเปลือกจากสมาชิกในราคาสูงกว่าท้องตลาด", None),
        # Exchanging money is for those the finance minister's rules license.
        ("เปิดศูนย์บริการรับแลกเปลี่ยนเงินตราต่างประเทศในตลาดชายแดน", "currency_exchange"),
        ("รับซื้อ-ขายเงินตราต่างประเทศให้นักท่องเที่ยว", "currency_exchange"),
        # The registrar collects the vehicle tax; the enforcement officer auctions
        # a judgment debtor's property. Not the signboard tax, a garbage truck's
        # purchase, the office's own worn-out goods or what its tax officers seized.
        ("หน่วยบริการเคลื่อนที่รับชำระภาษีรถจักรยานยนต์ประจำปี", "vehicle_tax"),
        ("เปิดจุดออกเครื่องหมายแสดงการเสียภาษี (ป้ายวงกลม) ณ สำนักงาน อบจ.", "vehicle_tax"),
        ("เร่งรัดการจัดเก็บภาษีป้ายในเขตเทศบาล", None),
        ("ประชาสัมพันธ์ให้เจ้าของรถชำระภาษีรถประจำปี", None),
        ("จัดงานขายทอดตลาดทรัพย์สินที่ยึดจากลูกหนี้ตามคำพิพากษา", "judgment_auction"),
        ("ขายทอดตลาดพัสดุชำรุดที่หมดความจำเป็น", None),
        ("ขายทอดตลาดทรัพย์สินที่ยึดจากผู้ค้างชำระภาษีบำรุง อบจ.", None),
        ("ติดตามยึดทรัพย์สินของลูกหนี้ตามคำพิพากษาคดีแพ่ง", "judgment_auction"),
        ("อบรมผู้ค้าชายแดนเรื่องอัตราแลกเปลี่ยนเงินตรา", None),
        # The governor gathers the province's budget request (the Budget
        # Procedures Act ม.๒๗); proposing projects for it is another matter.
        ("รวบรวมและจัดทำคำของบประมาณรายจ่ายประจำปีของจังหวัดและกลุ่มจังหวัด", "provincial_budget_request"),
        ("เสนอโครงการเพื่อบรรจุในคำของบประมาณของจังหวัด", None),
        ("จัดทำคำของบประมาณเงินอุดหนุนเฉพาะกิจขององค์การบริหารส่วนจังหวัด", None),
        # Nationality is the minister's (its Act ม.๗ ทวิ); helping people file is not.
        ("พิจารณาและสั่งให้ได้สัญชาติไทยแก่บุตรของแรงงานต่างด้าว", "nationality"),
        ("ช่วยเหลือผู้ไร้สถานะยื่นคำขอพิจารณาให้ได้สัญชาติไทย", None),
        # The Cabinet appoints the information tribunals (the OIA ม.๓๕).
        ("แต่งตั้งคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสารประจำจังหวัด", "info_tribunal"),
        ("จัดตั้งศูนย์ข้อมูลข่าวสารขององค์การบริหารส่วนจังหวัด", None),
        # Hajj services need the committee's licence (its Act ม.๕).
        ("นำผู้แสวงบุญเดินทางไปประกอบพิธีฮัจย์ ณ นครมักกะฮ์", "hajj_service"),
        ("อบรมเตรียมความพร้อมผู้เดินทางไปประกอบพิธีฮัจย์", None),
        # Local officials' uniforms are fixed by ministerial rule (its Act ม.๕),
        # their own pension fund is the one fund (its Act ม.๖), and social
        # security leaves their officials out (its Act ม.๔ (๑)).
        ("กำหนดรูปแบบเครื่องแบบใหม่ของสมาชิกสภาและข้าราชการ", "uniform"),
        ("จัดซื้อเครื่องแบบอาสาสมัครป้องกันภัยฝ่ายพลเรือน", None),
        ("จัดตั้งกองทุนบำเหน็จบำนาญข้าราชการองค์การบริหารส่วนจังหวัด", "own_pension_fund"),
        ("นำข้าราชการและลูกจ้างประจำเข้าสู่ระบบประกันสังคม", "own_social_security"),
        ("จ่ายเงินสมทบกองทุนประกันสังคมของพนักงานจ้าง", None),
        ("อบรมเพิ่มประสิทธิภาพการปฏิบัติงานของกำนัน ผู้ใหญ่บ้าน", None),
        ("จ่ายค่าตอบแทนอาสาสมัครป้องกันภัยฝ่ายพลเรือนที่ปฏิบัติหน้าที่", None),
        # Conscription and border posts; helping on the day, or a road-safety
        # checkpoint at new year, is local work.
        ("ตรวจเลือกคนเข้ารับราชการทหารกองประจำการ (เกณฑ์ทหาร) ประจำปี 2568", "conscription"),
        ("สนับสนุนการตรวจเลือกทหารกองเกิน จัดเตรียมสถานที่", None),
        ("จัดตั้งด่านศุลกากรและด่านตรวจคนเข้าเมือง ณ จุดผ่านแดนถาวร", "border_post"),
        ("ตั้งด่านตรวจลดอุบัติเหตุช่วงเทศกาลสงกรานต์", None),
        # A gift to a party, whatever it is called.
        ("อุดหนุนค่าใช้จ่ายจัดประชุมใหญ่สามัญของพรรคการเมือง สาขาจังหวัด", "party"),
        ("สนับสนุนงบประมาณแก่ พรรคการเมือง ในการหาเสียง", "party"),
        # A campaign to vote, the organisation's own taxes, an employer's
        # contribution and telling people of their rights are none of these.
        ("รณรงค์ให้ประชาชนออกไปใช้สิทธิเลือกตั้งสมาชิกสภาผู้แทนราษฎร", None),
        # The unit's committee is the Commission's to appoint.
        ("คัดเลือก แต่งตั้ง และฝึกอบรมกรรมการประจำหน่วยเลือกตั้ง (กปน.)", "election"),
        ("จัดอบรมกรรมการประจำหน่วยเลือกตั้ง", None),
        ("จัดเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัดจากน้ำมัน", None),
        ("จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", None),
        ("อบรมให้ความรู้เรื่องภาษีเงินได้แก่ผู้ประกอบการ", None),
        ("เงินสมทบกองทุนประกันสังคมของพนักงานจ้าง", None),
        ("อบรมให้ความรู้สิทธิประโยชน์ของกองทุนประกันสังคม", None),
        ("อบรมเยาวชนเรื่องพรรคการเมืองและประชาธิปไตย", None),
        # Land in a national reserved forest is the Forestry director-general's to
        # let anyone use (ม.๑๔, ม.๑๖); planting it, or buying land away from it, is not that.
        ("จัดสรรที่ดินทำกินในเขตป่าสงวนแห่งชาติ ให้แก่ราษฎรผู้ไม่มีที่ดินทำกิน", "reserved_forest"),
        ("จัดสรรพื้นที่ป่าชายเลนในเขตป่าสงวนแห่งชาติให้ราษฎรเช่าเลี้ยงกุ้ง", "reserved_forest"),
        ("ปลูกป่าฟื้นฟูในเขตป่าสงวนแห่งชาติ", None),
        ("จัดสรรพื้นที่ปลูกป่าชุมชนในเขตป่าสงวนแห่งชาติ", None),
        ("ปรับปรุงแหล่งน้ำและจัดพื้นที่พักผ่อนในเขตปฏิรูปที่ดิน", None),
        # Land-reform land is the Office's to allot (its Act ม.๓๐); a road on it is not allotting.
        (
            "คัดเลือกเกษตรกรและจัดที่ดินในเขตปฏิรูปที่ดินให้เช่าซื้อ พร้อมมอบหนังสืออนุญาต ส.ป.ก. 4-01",
            "land_reform",
        ),
        ("ก่อสร้างถนนลูกรังในเขตปฏิรูปที่ดิน หมู่ที่ 4", None),
        # Any state land's allotment (the Land Code ม.๘, ม.๒๐); housing the poor is welfare.
        (
            "จัดสรรที่ดินสาธารณประโยชน์ (หนองสาธารณะบ้านวาเล่ย์) ให้ราษฎรที่ไม่มีที่ดินทำกินเข้าครอบครองทำประโยชน์",
            "land_allotment",
        ),
        ("จัดสรรพื้นที่ตลาดนัดให้ผู้ค้ารายย่อย", None),
        # A mosque's leaders are chosen by its congregation (the Islamic
        # Organisations Act ม.๓๐); training them is not choosing them.
        ("คัดเลือกและแต่งตั้งอิหม่าม คอเต็บ บิหลั่น ในเขตเทศบาล", "mosque_officers"),
        ("อบรมพัฒนาศักยภาพอิหม่าม คอเต็บ บิหลั่น", None),
        # A headman is chosen before the district chief's committee (the Local
        # Administration Act ม.๑๓); helping on the day is not running it.
        ("ค่าใช้จ่ายในการจัดการเลือกผู้ใหญ่บ้านแทนตำแหน่งที่ว่าง หมู่ที่ 7", "headman_election"),
        ("สนับสนุนการเลือกผู้ใหญ่บ้าน จัดเตรียมสถานที่", None),
        # The state's teachers are recruited by the area's sub-committee (the
        # Teachers Act ม.๔๗); a PAO's own teachers are not.
        (
            "จัดสอบแข่งขันเพื่อบรรจุบุคคลเข้ารับราชการเป็นข้าราชการครู ตำแหน่งครูผู้ช่วย"
            " โรงเรียนสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
            "teacher_exam",
        ),
        ("จัดสอบคัดเลือกพนักงานครู โรงเรียนสังกัดองค์การบริหารส่วนจังหวัด", None),
        # Taking the public's deposits is banking (the Financial Institutions
        # Businesses Act ม.๙); a savings group's training is not.
        ("จัดตั้งธนาคารประชาชน อบจ. รับฝากเงินออมจากประชาชนและให้สินเชื่อ", "deposit_taking"),
        ("อบรมส่งเสริมกลุ่มออมทรัพย์เพื่อการผลิต", None),
        # An irrigation structure is the department's to alter and to open (the Royal
        # Irrigation Act ม.๓๒, ม.๓๓); the TAO's own sluice is its own.
        (
            "รื้อถอนและก่อสร้างประตูระบายน้ำชลประทานปากคลองซอย 5 ใหม่ พร้อมจ้างเจ้าหน้าที่เปิด-ปิด",
            "irrigation_works",
        ),
        ("ก่อสร้างประตูระบายน้ำ คสล. คลองส่งน้ำหมู่ที่ 3", None),
        # An impact report is the expert committee's to approve (the NEQA ม.๕๑/๑).
        (
            "พิจารณาและให้ความเห็นชอบรายงานการประเมินผลกระทบสิ่งแวดล้อม (EIA) ของโครงการอาคารชุด",
            "eia",
        ),
        ("จ้างที่ปรึกษาจัดทำรายงานการวิเคราะห์ผลกระทบสิ่งแวดล้อมโครงการสถานีขนส่ง", None),
        # The labour inspector's work (the Labour Protection Act ม.๑๓๙), not a
        # health check of migrant workers.
        ("ออกตรวจสภาพการจ้างและสภาพการทำงานของแรงงานบนเรือประมง", "labour_inspection"),
        ("ตรวจสุขภาพแรงงานต่างด้าว", None),
        # A port area of the Port Authority (its Act ม.๘ ทวิ, ม.๙); a village pier is local.
        (
            "ขุดลอกร่องน้ำและก่อสร้างท่าเทียบเรือตู้สินค้า ระยะที่ 3 ภายในอาณาบริเวณท่าเรือแหลมฉบัง",
            "state_port",
        ),
        ("ก่อสร้างท่าเทียบเรือประมงพื้นบ้าน บ้านหัวเขา", None),
        # Selling drink in a state-run park (the Alcohol Control Act ม.๒๗ (๗)); a
        # campaign for a sober festival is not.
        ("จัดงานเทศกาลเบียร์และดนตรีเคาท์ดาวน์ ณ สวนสาธารณะองค์การบริหารส่วนจังหวัด", "alcohol"),
        ("รณรงค์งดจำหน่ายเครื่องดื่มแอลกอฮอล์ในวัดช่วงเข้าพรรษา", None),
        # The drink's own name holds the letters of งด.
        (
            "จัดงานเทศกาลเบียร์ (Winter Beer Fest) พร้อมซุ้มจำหน่ายเครื่องดื่มแอลกอฮอล์ ณ สวนสาธารณะ",
            "alcohol",
        ),
        # Nor does a festival's (เทศกาล|ดนตรี) hold ลด; a campaign to cut sales says it.
        (
            "จัดลานเบียร์และจำหน่ายเครื่องดื่มแอลกอฮอล์ งานเทศกาลดนตรีเคาท์ดาวน์ ณ สวนสาธารณะ",
            "alcohol",
        ),
        ("รณรงค์ลดการจำหน่ายเครื่องดื่มแอลกอฮอล์ในสวนสาธารณะ", None),
        ("ส่งเสริมการท่องเที่ยวจังหวัดสุราษฎร์ธานี ณ สวนสาธารณะ", None),
        # A province (จังหวัด) holds no temple (วัด).
        ("ส่งเสริมการผลิตและจำหน่ายสุราชุมชนของกลุ่มอาชีพในจังหวัดแพร่", None),
        # A casino (the Gambling Act ม.๔); a campaign against gambling is not one.
        ("จัดตั้งสถานบันเทิงครบวงจรพร้อมกาสิโน เพื่อดึงดูดนักท่องเที่ยว", "casino"),
        ("รณรงค์ป้องกันการเล่นการพนันและปราบปรามบ่อนการพนัน", None),
        ("จัดหาที่ดินก่อสร้างบ่อขยะ ห่างจากป่าสงวนแห่งชาติ", None),
        # Building in a national or forest park is its officers' work (the National
        # Parks Act ม.๑๙ (๑), ม.๒๓); a road to one is not in it.
        ("ก่อสร้างบ้านพักนักท่องเที่ยวและร้านค้าภายในเขตอุทยานแห่งชาติตากสินมหาราช", "park_building"),
        ("ก่อสร้างลานจอดรถในวนอุทยานน้ำตกพาเจริญ", "park_building"),
        ("ก่อสร้างถนนลาดยางเข้าสู่อุทยานแห่งชาติแม่เมย", None),
        (
            "ก่อสร้างลานจอดรถและห้องน้ำสาธารณะ บริเวณน้ำตกแม่กาษา ภายในเขตอุทยานแห่งชาติแม่เมย",
            "park_building",
        ),
        ("ก่อสร้างถนนจากบ้านห้วยน้ำนักไปยังที่ทำการในเขตอุทยานแห่งชาติ", None),
        # Its charges are the department's (ม.๒๙); a PAO's own fees are not.
        ("ตั้งจุดจัดเก็บค่าบริการนักท่องเที่ยวเข้าอุทยานแห่งชาติหมู่เกาะสิมิลัน", "park_fees"),
        # Or in a bracket after the place the charge is for.
        ("จัดเก็บค่าบริการเข้าชมน้ำตกตาดหมอก (อุทยานแห่งชาติตาดหมอก) เป็นรายได้", "park_fees"),
        ("จัดเก็บค่าบริการลานจอดรถ (ติดกับอุทยานแห่งชาติ) ของ อบจ.", None),
        # The park named far after the charge, past a second clause.
        (
            "จัดเก็บค่าบริการนักท่องเที่ยวขึ้นยอดเขา และให้เอกชนเช่าพื้นที่ตั้งร้านค้าบนยอดเขา ในเขตอุทยานแห่งชาติภูกระดึง",
            "park_fees",
        ),
        ("จัดเก็บค่าบริการห้องประชุมของ อบจ.", None),
        ("ซ่อมแซมห้องน้ำสาธารณะในเขตอุทยานแห่งชาติ", None),
        ("อบรมสร้างจิตสำนึกการอนุรักษ์แก่เยาวชนในเขตอุทยานแห่งชาติ", None),
        # Work in a park, or against an epidemic the officers declared, is local work.
        ("พัฒนาจุดชมวิวและห้องน้ำในเขตอุทยานแห่งชาติ", None),
        ("ฉีดวัคซีนป้องกันโรคลัมปี สกิน ในพื้นที่ประกาศเขตโรคระบาด", None),
        # Arranging an adoption is the department's or a licensed child welfare
        # organisation's (the Child Adoption Act ม.๖); fostering or helping orphans is not it.
        (
            "โครงการจัดหาครอบครัวและดำเนินการให้มีการรับเด็กกำพร้าเป็นบุตรบุญธรรม จังหวัดนครสวรรค์",
            "adoption",
        ),
        ("จับคู่เด็กกำพร้ากับครอบครัวผู้ขอรับเด็กเป็นบุตรบุญธรรม", "adoption"),
        ("อบรมให้ความรู้ครอบครัวอุปถัมภ์และรณรงค์รับอุปการะเด็กกำพร้า", None),
        ("จัดกิจกรรมวันเด็กและเลี้ยงอาหารกลางวันเด็กในบ้านพักเด็กและครอบครัว", None),
        # Registering an ancient monument and fixing its land are the Fine Arts
        # director-general's (the Ancient Monuments Act ม.๗); caring for one, or
        # surveying a site to propose it, is not.
        (
            "โครงการสำรวจแหล่งโบราณคดีและประกาศขึ้นทะเบียนโบราณสถานพร้อมกำหนดเขตที่ดินโบราณสถาน"
            " ในเขตจังหวัดบุรีรัมย์",
            "ancient_monument",
        ),
        ("ปรับปรุงภูมิทัศน์และทำความสะอาดโบราณสถานที่ได้ขึ้นทะเบียนแล้ว", None),
        # A fossil site is the Mineral Resources director-general's to register.
        (
            "ขุดค้นและขึ้นทะเบียนแหล่งซากดึกดำบรรพ์ไดโนเสาร์ พร้อมประกาศเขตคุ้มครอง",
            "fossil_site",
        ),
        ("พัฒนาเส้นทางท่องเที่ยวแหล่งซากดึกดำบรรพ์ที่ขึ้นทะเบียนแล้ว", None),
        ("สำรวจแหล่งซากดึกดำบรรพ์เพื่อเสนอกรมทรัพยากรธรณีขึ้นทะเบียน", None),
        ("สำรวจแหล่งซากดึกดำบรรพ์ เสนอให้ประกาศเขตคุ้มครอง", None),
        ("สำรวจแหล่งโบราณคดีในท้องถิ่นเพื่อเสนอกรมศิลปากรประกาศขึ้นทะเบียนโบราณสถาน", None),
        # The probation officer's work (the Probation Act ม.๑๔ (๑) (๒) (๗)); its
        # volunteers' training, a camp or a subsidy is not, nor an elder's wristband.
        (
            "โครงการติดตามสอดส่องผู้ถูกคุมความประพฤติด้วยกำไลข้อเท้าอิเล็กทรอนิกส์ (EM)"
            " และสืบเสาะพินิจผู้กระทำผิดก่อนศาลมีคำพิพากษา จังหวัดลำปาง",
            "probation",
        ),
        ("อบรมพัฒนาศักยภาพอาสาสมัครคุมประพฤติ ประจำปี 2568", None),
        ("ค่ายป้องกันยาเสพติดสำหรับเยาวชนกลุ่มเสี่ยง ร่วมกับสำนักงานคุมประพฤติจังหวัด", None),
        ("อุดหนุนสำนักงานคุมประพฤติจังหวัดลำปาง โครงการสอดส่องผู้ถูกคุมความประพฤติ", None),
        ("จัดซื้อกำไลข้อมืออิเล็กทรอนิกส์ติดตามผู้สูงอายุสมองเสื่อมในชุมชน", None),
        # Any place of detention (the Corrections Act ม.๔, ม.๓๓, the Confinement Act
        # ม.๔, the Juvenile Court Act ม.๓๕); a voluntary rehab camp or a shelter is not.
        (
            "โครงการจัดตั้งสถานที่คุมขังชั่วคราวสำหรับผู้ต้องขังคดียาเสพติดระหว่างพิจารณาคดี จังหวัดนครพนม",
            "prison",
        ),
        ("ก่อสร้างอาคารสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดนครพนม", "prison"),
        ("ค่ายบำบัดฟื้นฟูผู้ติดยาเสพติดแบบสมัครใจ (ค่ายวิวัฒน์พลเมือง)", None),
        ("ก่อสร้างบ้านพักฉุกเฉินสำหรับเด็กและสตรีที่ถูกกระทำความรุนแรง", None),
        ("ก่อสร้างสถานที่กักขังสุนัขจรจัด", None),
        # A place to hold accused juveniles during the inquiry is the observation
        # centre's work, by any name; a place to hold stray animals is not.
        (
            "ก่อสร้างสถานที่ควบคุมตัวเด็กและเยาวชนที่ต้องหาว่ากระทำความผิดระหว่างการสอบสวน",
            "prison",
        ),
        ("ก่อสร้างสถานที่ควบคุมตัวสุนัขดุร้าย", None),
        # A checkpoint for people and goods crossing the border, or a crossing
        # itself (the Customs Act ม.๔, ม.๕, the Immigration Act ม.๑๑, ม.๑๘); a
        # pier, a market, a road to a crossing or a health check there is not.
        (
            "โครงการจัดตั้งจุดตรวจบุคคลและสินค้าผ่านแดน ณ ท่าเรือเทศบาลริมแม่น้ำโขง"
            " เขตเทศบาลเมืองนครพนม จังหวัดนครพนม",
            "border_post",
        ),
        ("เปิดจุดผ่อนปรนการค้าบ้านห้วยต้นนุ่น", "border_post"),
        ("ก่อสร้างท่าเทียบเรือเทศบาลริมแม่น้ำโขง", None),
        ("ก่อสร้างตลาดการค้าชายแดน ณ จุดผ่อนปรนบ้านห้วยต้นนุ่น", None),
        ("ก่อสร้างถนนลาดยางเข้าสู่จุดผ่านแดนถาวรบ้านวาเล่ย์", None),
        ("เปิดจุดตรวจคัดกรองโรคโควิดบริเวณจุดผ่านแดน", None),
        # A university is founded by its own Act or under the minister's licence
        # (the Higher Education Act ม.๑๕, the Private Higher Education Institutions
        # Act ม.๑๐, ม.๕๔); scholarships, a partner's centre or an elders' school are not.
        (
            "โครงการจัดตั้งมหาวิทยาลัยขององค์การบริหารส่วนจังหวัดบึงกาฬ เปิดสอนและประสาทปริญญาตรีแก่เยาวชนในจังหวัด",
            "university",
        ),
        ("มอบทุนการศึกษาต่อระดับปริญญาตรีในมหาวิทยาลัยแก่นักเรียนยากจน", None),
        ("ร่วมกับมหาวิทยาลัยราชภัฏอุดรธานีจัดตั้งศูนย์การศึกษานอกที่ตั้ง ณ อาคาร อบจ.", None),
        ("ลงนามบันทึกข้อตกลงความร่วมมือ (MOU) กับมหาวิทยาลัยขอนแก่น", None),
        ("จัดตั้งมหาวิทยาลัยวัยที่สาม (โรงเรียนผู้สูงอายุ) ตำบลหนองบัว", None),
        # Exploring for or producing petroleum needs a concession (the Petroleum Act
        # ม.๒๓); biogas, an NGV bus or a groundwater well is not petroleum.
        (
            "โครงการสำรวจและขุดเจาะหลุมผลิตก๊าซธรรมชาติในพื้นที่อำเภอน้ำพอง"
            " เพื่อนำก๊าซมาจำหน่ายเป็นรายได้ขององค์การบริหารส่วนจังหวัดขอนแก่น",
            "petroleum",
        ),
        ("สำรวจและเจาะหลุมทดสอบแหล่งปิโตรเลียม (น้ำมันดิบและก๊าซธรรมชาติ)", "petroleum"),
        ("ส่งเสริมการผลิตก๊าซชีวภาพจากมูลสุกรในฟาร์มเกษตรกร", None),
        ("จัดซื้อรถโดยสารใช้ก๊าซธรรมชาติ (NGV) สำหรับบริการประชาชน", None),
        ("ขุดเจาะบ่อน้ำบาดาลเพื่อการเกษตร", None),
        ("ฟื้นฟูพื้นที่ที่ได้รับผลกระทบจากการขุดเจาะปิโตรเลียม", None),
        # Carrying the public's letters is the state's (the Post Act ม.๕, ม.๖); the
        # organisation's own newsletter, a letter box or an archive is not.
        (
            "โครงการจัดตั้งหน่วยรับฝากและนำจ่ายจดหมาย ไปรษณียบัตร ถึงบ้านเรือนราษฎร"
            "ในหมู่บ้านพื้นที่สูง อำเภออมก๋อย จังหวัดเชียงใหม่",
            "post",
        ),
        ("จัดพิมพ์และจัดส่งจดหมายข่าวองค์การบริหารส่วนจังหวัดถึงครัวเรือน", None),
        ("ติดตั้งตู้รับจดหมายหน้าสำนักงานองค์การบริหารส่วนตำบล", None),
        ("จัดทำจดหมายข่าวอิเล็กทรอนิกส์ (e-Newsletter) ประชาสัมพันธ์ผลงาน", None),
        # The tables of list ก.'s games make a casino (the Gambling Act ม.๔); a
        # campaign against them does not.
        (
            "โครงการพัฒนาศูนย์ความบันเทิงครบวงจร (เอ็นเตอร์เทนเมนต์คอมเพล็กซ์) พร้อมโต๊ะบาการา"
            "และไฮโลว์ เพื่อดึงนักท่องเที่ยวต่างชาติ จังหวัดหนองคาย",
            "casino",
        ),
        ("รณรงค์ป้องกันการเล่นการพนันไฮโลและไพ่ในงานศพ", None),
        # Making cigarettes is a state monopoly (the Excise Tax Act ม.๑๖๔, the
        # Tobacco Authority Act ม.๗); a campaign or a smoke-free zone makes none.
        (
            "โครงการจัดตั้งโรงงานมวนบุหรี่ซิกาแรตจากใบยาสูบพันธุ์เวอร์จิเนียของเกษตรกร เพื่อเพิ่มมูลค่าผลผลิต จังหวัดแพร่",
            "tobacco",
        ),
        ("รณรงค์ลดการสูบบุหรี่ในชุมชนและสถานที่ทำงาน", None),
        ("ส่งเสริมเกษตรกรผู้ปลูกยาสูบปลูกพืชทดแทน", None),
        ("ประกาศเขตปลอดบุหรี่ในสำนักงานและโรงงานปลอดบุหรี่", None),
        # A conservation zone and banned gear are the fisheries committee's to
        # declare (the Fisheries Royal Ordinance ม.๕๖, ม.๗๑); signs for a community's
        # own area, or a campaign, declare nothing.
        (
            "ตราข้อบัญญัติประกาศกำหนดเขตรักษาพันธุ์สัตว์น้ำและห้ามใช้เครื่องมืออวนรุนทำการประมงในอ่าว",
            "fishery_zone",
        ),
        ("ประกาศเขตพื้นที่รักษาพันธุ์สัตว์น้ำหน้าวัด", "fishery_zone"),
        ("จัดทำป้ายแนวเขตอนุรักษ์พันธุ์สัตว์น้ำของชุมชน พร้อมปล่อยพันธุ์ปลา", None),
        ("รณรงค์ไม่ใช้เครื่องมือประมงผิดกฎหมายในแม่น้ำ", None),
        # Aquaculture zones are the provincial fisheries committee's (ม.๗๗); helping
        # fish farmers is not zoning.
        ("จัดโซนนิ่งกำหนดเขตเพาะเลี้ยงปลาในกระชังตลอดลำน้ำ", "aquaculture_zone"),
        ("ประกาศเขตพื้นที่การเพาะเลี้ยงกุ้งทะเล", "aquaculture_zone"),
        ("ส่งเสริมการเพาะเลี้ยงปลาในกระชังแก่เกษตรกร", None),
        # Mineral zones are the national minerals committee's (the Minerals Act ม.๑๗).
        ("จำแนกเขตพื้นที่ศักยภาพแร่เพื่อกำหนดเขตแหล่งแร่", "mineral_zone"),
        ("ฟื้นฟูพื้นที่เหมืองแร่เก่าเป็นแหล่งน้ำ", None),
        # A factory's hazardous waste is outside every local refuse power (the Public
        # Health Act ม.๑๘, last paragraph); households' hazardous waste is refuse.
        ("ก่อสร้างศูนย์รับกำจัดกากของเสียอันตรายจากโรงงานอุตสาหกรรม", "factory_waste"),
        ("จัดตั้งบ่อฝังกลบกากอุตสาหกรรมของจังหวัด", "factory_waste"),
        ("ก่อสร้างจุดรวบรวมขยะอันตรายจากชุมชน", None),
        ("ก่อสร้างระบบกำจัดขยะมูลฝอยชุมชนแบบฝังกลบ", None),
        # Radioactive waste is for its maker and the licensed (the Nuclear Energy
        # for Peace Act ม.๗๙, ม.๘๐); a railway the state's (the Railways and
        # Highways Act ม.๙๕); air navigation services the certified's (the Air
        # Navigation Act ม.๑๕/๑๘); a lottery the Lottery Office's or a licensee's.
        ("จัดตั้งศูนย์รวบรวมและกำจัดกากกัมมันตรังสีจากโรงพยาบาล", "radioactive_waste"),
        ("อบรมความปลอดภัยทางรังสีแก่บุคลากรโรงพยาบาล", None),
        ("ก่อสร้างทางรถไฟสายแยกเข้าสู่ศูนย์กระจายสินค้า", "railway"),
        ("ก่อสร้างถนนเลียบทางรถไฟ และสะพานข้ามทางรถไฟ", None),
        # A reception or welfare home for children is the ministry's or the
        # governor's (the Child Protection Act ม.๕๑); a day nursery, or a home for
        # the aged, is not that.
        (
            "จัดตั้งสถานแรกรับและสถานสงเคราะห์เด็กกำพร้าตามพระราชบัญญัติคุ้มครองเด็ก",
            "child_protection_home",
        ),
        ("จัดตั้งสถานรับเลี้ยงเด็กเล็กของเทศบาล", None),
        ("ปรับปรุงอาคารสถานสงเคราะห์คนชราบ้านธรรมปกรณ์ (ถ่ายโอน)", None),
        # A rehabilitation centre is the minister's to found (the Narcotic Addict
        # Rehabilitation Act ม.๑๔); a community's programme is not one.
        ("จัดตั้งศูนย์ฟื้นฟูสมรรถภาพผู้ติดยาเสพติดระบบบังคับบำบัด ประจำจังหวัด", "drug_rehab_centre"),
        ("จัดตั้งศูนย์ฟื้นฟูสมรรถภาพผู้ติดยาเสพติดโดยชุมชนเป็นศูนย์กลาง", None),
        # Plant quarantine posts are the minister's (the Plant Quarantine Act ม.๗).
        ("จัดตั้งด่านตรวจพืชและสถานกักพืช ณ จุดผ่านแดนถาวร", "plant_quarantine"),
        ("อบรมเกษตรกรเรื่องโรคและแมลงศัตรูพืช", None),
        # A draught animal's papers are the district registrar's (the Beasts of
        # Burden Act ม.๔, ม.๘); taking owners to him is not that.
        ("จดทะเบียนทำตั๋วรูปพรรณโค กระบือ ให้แก่เกษตรกรผู้เลี้ยงสัตว์", "beast_registration"),
        ("อำนวยความสะดวกเกษตรกรนำโคไปจดทะเบียนทำตั๋วรูปพรรณที่อำเภอ", None),
        # A Sharia court is a court of first instance's work (the Islamic Law
        # Application Act ม.๓); helping people in its cases is not.
        ("จัดตั้งศาลชะรีอะฮ์ประจำจังหวัดปัตตานี เพื่อพิจารณาพิพากษาคดีครอบครัว", "court"),
        ("อบรมความรู้กฎหมายครอบครัวและมรดกอิสลามแก่ผู้นำศาสนา", None),
        # เสริม holds the letters of ริม: widening a highway's surface and
        # overlaying it is the highway's, not work beside it.
        (
            "ขยายผิวจราจรและเสริมผิวแอสฟัลท์ติกคอนกรีต ทางหลวงแผ่นดินหมายเลข 12 ช่วงอำเภอวังทอง",
            "highway",
        ),
        # Plots allotted in a land-reform zone are the reform office's.
        (
            "จัดสรรแบ่งแปลงที่ดินในเขตปฏิรูปที่ดิน (ส.ป.ก.) ให้เกษตรกรผู้ไร้ที่ดินทำกิน",
            "land_reform",
        ),
        # A halt or a platform is the railway's too; a road to the station is not.
        ("ก่อสร้างที่หยุดรถไฟพร้อมชานชาลาและอาคารพักผู้โดยสาร บนทางรถไฟสายใต้", "railway"),
        ("ก่อสร้างถนนเข้าสู่สถานีรถไฟ", None),
        # An aerodrome needs the minister's licence (the Air Navigation Act ม.๕๑) and
        # no local transport item names one; a road to it is local work.
        ("ก่อสร้างต่อขยายทางวิ่ง (Runway) และลานจอดอากาศยาน ท่าอากาศยานนราธิวาส", "airport"),
        ("ก่อสร้างท่าอากาศยานประจำจังหวัด (ทางวิ่ง ลานจอดอากาศยาน และอาคารผู้โดยสาร)", "airport"),
        ("ก่อสร้างถนนลาดยางเชื่อมท่าอากาศยานแม่สอด", None),
        ("จัดรถรับส่งนักท่องเที่ยวจากสนามบินสู่ตัวเมือง", None),
        # The PWA's mains and meters are its business (its Act ม.๕, ม.๗); a
        # village's own supply, or a subsidy, is not.
        (
            "วางท่อเมนจ่ายน้ำประปา PVC ขยายเขตบริการของการประปาส่วนภูมิภาคสาขาแม่สอด",
            "water_authority",
        ),
        ("ก่อสร้างระบบประปาหมู่บ้านแบบผิวดิน ขนาดใหญ่", None),
        ("อุดหนุนการประปาส่วนภูมิภาค ขยายเขตท่อจ่ายน้ำประปา", None),
        # Expressways are the Expressway Authority's (its Act ม.๘ (๑)); the word
        # alone, or a path for wheelchairs, is not one.
        ("ก่อสร้างทางพิเศษ (ทางด่วน) สายกะทู้–ป่าตอง พร้อมอุโมงค์", "expressway"),
        ("ก่อสร้างทางลาดพิเศษสำหรับคนพิการ", None),
        # A road joining a motorway (the Highways Act ม.๕๕); one under it is not.
        (
            "ก่อสร้างถนน คสล. เชื่อมจากถนนเทศบาลซอย 5 เข้าสู่ทางหลวงพิเศษระหว่างเมืองหมายเลข 7",
            "motorway_access",
        ),
        ("ปรับปรุงถนนเลียบทางหลวงพิเศษหมายเลข 7 ในเขตเทศบาล", None),
        # A mobile base station is a licensee's (the Frequencies Act ม.๔๑); free
        # wifi at the office is not one.
        ("ก่อสร้างเสาโทรคมนาคมและติดตั้งสถานีฐานโทรศัพท์เคลื่อนที่ 4G", "telecom"),
        ("ติดตั้งอินเทอร์เน็ตไร้สาย (Wi-Fi) สาธารณะ ณ ศูนย์ราชการ", None),
        # The department's irrigation waterway (the Royal Irrigation Act ม.๑๕ (๒));
        # a farm ditch of the village is not.
        (
            "ซ่อมแซมประตูระบายน้ำและดาดคอนกรีตคลองส่งน้ำ โครงการส่งน้ำและบำรุงรักษาพลายชุมพล",
            "irrigation_waterway",
        ),
        ("ดาดคอนกรีตคลองส่งน้ำเพื่อการเกษตร บ้านหนองบัว", None),
        # A commercial port of the Port Authority; a fishing pier is not.
        (
            "ขยายลานกองตู้สินค้าและก่อสร้างท่าเทียบเรือสินค้า ท่าเรือพาณิชย์เชียงแสน",
            "state_port",
        ),
        ("จัดตั้งหน่วยพยากรณ์อากาศเพื่อการบิน ณ ท่าอากาศยาน", "air_navigation"),
        ("ติดตั้งสถานีวัดปริมาณน้ำฝนและพยากรณ์อากาศเพื่อการเกษตร", None),
        ("ออกสลากการกุศลเพื่อหารายได้จัดซื้อครุภัณฑ์การแพทย์", "lottery"),
        ("จัดพิมพ์และจำหน่ายสลากการกุศล ฉบับละ 100 บาท", "lottery"),
        ("สืบสานประเพณีตานก๋วยสลาก (สลากภัต)", None),
        ("สนับสนุนการออกสลากกาชาดของเหล่ากาชาดจังหวัด", None),
        # Ordering an employer to pay is the labour inspector's (the Labour
        # Protection Act ม.๑๒๔); advising workers of their rights is not it.
        (
            "คลินิกแรงงาน รับคำร้องของลูกจ้างและวินิจฉัยสั่งให้นายจ้างจ่ายค่าจ้างค้างจ่าย",
            "labour_inspection",
        ),
        ("อบรมให้ความรู้ลูกจ้างเรื่องสิทธิการได้รับค่าจ้างและค่าชดเชยจากนายจ้าง", None),
        # Suing for consumers is the board's (the Consumer Protection Act ม.๓๙–๔๐);
        # receiving their complaints is not.
        ("ฟ้องคดีแพ่งแทนผู้บริโภคที่ถูกละเมิดสิทธิและเรียกค่าเสียหาย", "consumer_suit"),
        ("ดำเนินคดีแทนประชาชนผู้ซื้อสินค้าชำรุด", "consumer_suit"),
        ("ตั้งศูนย์รับเรื่องร้องเรียนผู้บริโภคและส่งต่อ สคบ.", None),
        ("ช่วยเหลือประชาชนในการฟ้องคดีผู้บริโภคโดยให้คำปรึกษา", None),
        # Paying or lending from the older persons' or the disabled persons' fund is
        # its board's (the Older Persons Act ม.๒๐ (๒)); helping people apply is not.
        (
            "พิจารณาอนุมัติเงินกู้ยืมจากกองทุนผู้สูงอายุเพื่อการประกอบอาชีพแก่ผู้สูงอายุในเขตเทศบาล",
            "state_fund",
        ),
        ("จ่ายเงินกู้ยืมจากกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ", "state_fund"),
        ("ช่วยเหลือผู้สูงอายุยื่นคำขอกู้ยืมเงินจากกองทุนผู้สูงอายุ", None),
        # The fund named straight after the loan; telling people of it is not.
        ("พิจารณาอนุมัติเงินกู้ยืมกองทุนผู้สูงอายุเพื่อประกอบอาชีพ", "state_fund"),
        ("ให้ความรู้เรื่องกองทุนผู้สูงอายุแก่ชมรมผู้สูงอายุ", None),
        ("จ่ายเบี้ยยังชีพผู้สูงอายุ", None),
        # Taking members into the Volunteer Defence Corps is its own (its Act
        # ม.๗ (๑), ม.๑๕); supporting or training its members is not.
        (
            "รับสมัครและคัดเลือกราษฎรเข้าเป็นสมาชิกกองอาสารักษาดินแดน (อส.) ประจำหมู่บ้านชายแดน",
            "defence_volunteer",
        ),
        ("คัดเลือกเยาวชนเข้าเป็น อส.", "defence_volunteer"),
        ("อุดหนุนที่ทำการปกครองอำเภอ ฝึกทบทวนสมาชิกกองอาสารักษาดินแดน", None),
        ("รับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", None),
        # A national highway overlaid, its surface named before it.
        ("ปรับปรุงผิวลาดยาง ทางหลวงชนบทสาย 3012 ช่วงบ้านนา", "highway"),
        ("ติดตั้งไฟฟ้าส่องสว่างทางหลวงแผ่นดินหมายเลข 12 ช่วงผ่านชุมชน", None),
        # Agricultural land consolidation is the provincial committee's (its Act
        # ม.๓๒, ม.๔๕); a ditch in a zone consolidated already is not.
        ("จัดรูปที่ดินเพื่อเกษตรกรรม ทุ่งบางระกำ", "land_consolidation"),
        ("จัดรูปที่ดินแปลงนา รวมแปลงนาขนาดเล็กและกำหนดแปลงใหม่", "land_consolidation"),
        # A building registered as a monument, its name between.
        ("ประกาศขึ้นทะเบียนกลุ่มห้องแถวไม้ย่านตลาดเก่าเป็นโบราณสถาน", "ancient_monument"),
        ("ดูแลรักษาโบราณสถานที่ได้ขึ้นทะเบียนแล้ว", None),
        ("ขุดลอกคูส่งน้ำในเขตจัดรูปที่ดินเพื่อเกษตรกรรม หมู่ที่ 5", None),
        ("จัดรูปที่ดินเพื่อพัฒนาพื้นที่ย่านสถานีขนส่ง", None),
        # Ticketing drivers and testing them for drink are the traffic officers'
        # (the Land Traffic Act ม.๑๔๐, ม.๑๔๒); a campaign, or help at the
        # police's checkpoint, is not.
        ("ตั้งด่านทดสอบความเมาผู้ขับขี่รถจักรยานยนต์ ช่วงสงกรานต์", "traffic_enforcement"),
        ("ออกใบสั่งผู้ฝ่าฝืนสัญญาณไฟจราจรด้วยกล้องอัตโนมัติ", "traffic_enforcement"),
        ("รณรงค์เมาไม่ขับ ตรวจวัดแอลกอฮอล์ผู้ขับขี่", None),
        ("สนับสนุนจุดตรวจร่วมลดอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่", None),
        ("จัดซื้อเครื่องตรวจวัดปริมาณแอลกอฮอล์ มอบให้สถานีตำรวจภูธร", None),
        # The Interior ministry declares a self-defence village (the VDS Act ม.๖);
        # training its committee is not that.
        ("ประกาศกำหนดหมู่บ้านอาสาพัฒนาและป้องกันตนเองเพิ่มเติม 5 หมู่บ้าน", "vds_village"),
        ("เลือกตั้งคณะกรรมการกลางหมู่บ้าน ทุกหมู่บ้านในตำบล", "vds_village"),
        ("อบรมเพิ่มประสิทธิภาพคณะกรรมการหมู่บ้าน อพป.", None),
        # Primary care units are registered by the Health Security Office (the
        # Primary Health System Act ม.๑๗); readying a clinic for it is not that.
        ("ขึ้นทะเบียนเครือข่ายหน่วยบริการปฐมภูมิ อำเภอเมือง", "primary_care_registration"),
        ("พัฒนา รพ.สต. ให้ผ่านเกณฑ์การขึ้นทะเบียนหน่วยบริการปฐมภูมิ", None),
        # Civil disputes over land and inheritance are the district's to mediate
        # (the State Administration Act ม.๖๑/๒); a nuisance, or a people's centre,
        # is not that.
        ("ไกล่เกลี่ยข้อพิพาททางแพ่งของประชาชน ทุกวันพุธ", "civil_mediation"),
        ("จัดตั้งคณะทำงานไกล่เกลี่ยปัญหาแนวเขตที่ดินระหว่างเพื่อนบ้าน", "civil_mediation"),
        ("สนับสนุนศูนย์ไกล่เกลี่ยข้อพิพาทภาคประชาชน", None),
        ("ไกล่เกลี่ยเหตุเดือดร้อนรำคาญจากกลิ่นฟาร์มสุกร", None),
        # The provincial policy plan is the department's (the Town Planning Act
        # ม.๑๗); the provincial comprehensive plan is a PAO's (ม.๒๓).
        ("จ้างที่ปรึกษาจัดทำผังนโยบายระดับจังหวัด", "policy_plan"),
        ("จัดทำผังเมืองรวมจังหวัดตาก", None),
        ("ร่วมจัดทำผังนโยบายระดับจังหวัดกับกรมโยธาธิการและผังเมือง", None),
        # Allotting farm land to the landless is not local work (the Land Code
        # ม.๘, ม.๒๐), nor leasing state land (ม.๑๐); buying land is.
        ("จัดที่ดินทำกินให้ชุมชนตามนโยบายรัฐบาล", "land_allotment"),
        ("ให้ราษฎรเช่าที่ดินของรัฐเพื่อปลูกพืชผัก", "state_land_lease"),
        ("จัดหาที่ดินเพื่อก่อสร้างสำนักงาน", None),
        ("จัดหาผลประโยชน์จากตลาดสดของเทศบาล", None),
        # The provincial committee fixes appraised prices (the State Property
        # Valuation Act ม.๑๘); surveying for the tax map, or announcing them, is
        # the local's.
        ("กำหนดราคาประเมินที่ดินรายแปลงในเขตตำบล", "land_appraisal"),
        ("สำรวจข้อมูลที่ดินและสิ่งปลูกสร้างเพื่อจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน", None),
        ("ประกาศราคาประเมินทุนทรัพย์ของที่ดินและสิ่งปลูกสร้าง", None),
        # Income tax relief is the Revenue Code's and the BOI's (the Investment
        # Promotion Act ม.๓๑); a local tax's relief is not that.
        ("ให้สิทธิยกเว้นภาษีเงินได้นิติบุคคลแก่นักลงทุนรายใหม่", "income_tax_relief"),
        ("ลดหย่อนภาษีที่ดินและสิ่งปลูกสร้างแก่ผู้ประสบภัย", None),
        # Farm rents are the land rent committees' (the Agricultural Land Rent Act
        # ม.๑๓); telling tenants their rights is not that.
        ("กำหนดอัตราค่าเช่านาขั้นสูงประจำปี", "farm_rent"),
        ("วินิจฉัยข้อพิพาทระหว่างผู้เช่านากับผู้ให้เช่า", "farm_rent"),
        ("อบรมสิทธิของผู้เช่านาตามกฎหมาย", None),
        ("ดำเนินคดีแพ่งฟ้องเรียกค่าเสียหายแทนผู้บริโภค", "consumer_suit"),
        # A platform's roof is the station's; a road to it is not.
        ("ติดตั้งหลังคาคลุมชานชาลา สถานีรถไฟบ้านปิน", "railway"),
        ("ปรับปรุงอาคารพักผู้โดยสารและชานชาลา สถานีขนส่งผู้โดยสาร", None),
        # The irrigation department's canal by name; a village's small scheme is not.
        ("ก่อสร้างท่อลอดถนนในคลองส่งน้ำชลประทานสาย 1 ขวา", "irrigation_waterway"),
        ("ดาดคอนกรีตคลองส่งน้ำชลประทานขนาดเล็กของหมู่บ้าน", None),
        ("ติดตั้งไฟฟ้าส่องสว่าง ถนนเลียบคลองชลประทาน", None),
        # Its code and the project's name far after the canal.
        (
            "ดาดคอนกรีตคลองส่งน้ำสายซอย 3L-RMC โครงการส่งน้ำและบำรุงรักษาแม่ยม ช่วงหมู่ที่ 5",
            "irrigation_waterway",
        ),
        # An industrial estate's utilities are its Authority's (its Act ม.๖ (๒)).
        ("ปรับปรุงระบบประปาภายในนิคมอุตสาหกรรมภาคเหนือ", "industrial_estate"),
        ("ก่อสร้างถนนเชื่อมเข้าสู่นิคมอุตสาหกรรม", None),
        ("ซ่อมแซมถนนคอนกรีตและรางระบายน้ำ ภายในนิคมอุตสาหกรรมภาคใต้", "industrial_estate"),
        # Works the title says are another state body's; not its standard
        # design, its programme, or a road on the way to it.
        ("ขยายเขตระบบจำหน่ายไฟฟ้าแรงสูง 22 เควี ของ กฟภ. เข้าสู่บ้านห้วยปลาหลด", "state_property"),
        ("ปรับปรุงอาคารที่พักของหน่วยทหารพราน", "state_property"),
        ("ก่อสร้างถนน คสล. ตามแบบมาตรฐานของกรมทางหลวงชนบท", None),
        ("ก่อสร้างระบบประปาหมู่บ้าน พื้นที่นอกเขตบริการของการประปาส่วนภูมิภาค", None),
        ("ขยายผลโครงการของกรมพัฒนาที่ดิน สู่เกษตรกรในตำบล", None),
        ("สร้างเครือข่ายอาสาสมัครของกรมป้องกันและบรรเทาสาธารณภัย", None),
        ("ติดตั้งโปรแกรมบัญชีคอมพิวเตอร์ของกรมส่งเสริมการปกครองท้องถิ่น", None),
        ("ก่อสร้างถนนเชื่อมเข้าสู่ค่ายของกองทัพภาคที่ 3", None),
        # An aerodrome, an expressway or a port named after the work; not a
        # road on the way to it, a road named after it, or under it.
        ("ขยายลานจอดรถยนต์และปรับปรุงอาคารที่พักผู้โดยสาร ท่าอากาศยานนครพนม", "airport"),
        ("ก่อสร้างถนนเชื่อมเข้าสู่ท่าอากาศยานนครพนม", None),
        ("ปรับปรุงผิวจราจรถนนสนามบิน ในเขตเทศบาล", None),
        ("ติดตั้งไฟฟ้าส่องสว่างและซ่อมแซมผิวจราจรทางขึ้น-ลง ทางพิเศษบูรพาวิถี", "expressway"),
        ("ปรับปรุงลานกีฬาใต้ทางพิเศษศรีรัช", None),
        ("ปรับปรุงทางพิเศษสำหรับคนพิการ ในสวนสาธารณะ", None),
        ("ปรับปรุงผิวจราจรถนนภายในและขยายลานจอดรถบรรทุก ท่าเรือแหลมฉบัง", "state_port"),
        ("ก่อสร้างถนนเชื่อมเข้าสู่ท่าเรือแหลมฉบัง", None),
        # An irrigation canal by the department's code alone.
        ("ขุดลอกและดาดคอนกรีตคลองส่งน้ำ 3L-LMC ช่วง กม.0+000", "irrigation_waterway"),
        # EGAT's dams by name; a road to one, or below it, is not work on it.
        ("ปรับปรุงผิวจราจรถนนบนสันเขื่อนและติดตั้งราวกันตก เขื่อนอุบลรัตน์", "egat_dam"),
        ("ก่อสร้างลานจอดรถบนสันเขื่อนสิรินธร", "egat_dam"),
        ("ก่อสร้างถนนเข้าสู่สันเขื่อนภูมิพล", None),
        ("ก่อสร้างทางเดินบนสันเขื่อนป้องกันตลิ่งริมแม่น้ำปิง", None),
        # A prison and its infirmary are the Corrections Department's.
        ("ก่อสร้างอาคารสถานพยาบาลและห้องแยกโรค เรือนจำกลางคลองไผ่", "prison"),
        ("ปรับปรุงถนนหน้าเรือนจำจังหวัด", None),
        # Work inside it however long the title, or a building made a place of confinement.
        (
            "ก่อสร้างอาคารสถานพยาบาลขนาด 20 เตียง พร้อมห้องแยกผู้ป่วยและห้องเยี่ยมญาติ ภายในเรือนจำกลางตาก",
            "prison",
        ),
        ("ปรับปรุงอาคารอเนกประสงค์หมู่ที่ 3 เป็นสถานที่กักขังแทนค่าปรับประจำตำบล", "prison"),
        ("ปรับปรุงอาคารอเนกประสงค์เป็นสถานที่กักกันโรค", None),
        ("ฝึกอาชีพผู้ต้องขังในเรือนจำจังหวัด", None),
        # A registered cooperative's buildings are its own (the Cooperatives Act
        # ม.๓๗, ม.๔๖); training its members is not building them.
        ("ก่อสร้างโกดังเก็บปุ๋ย สหกรณ์การเกษตรเสิงสาง จำกัด", "cooperative_property"),
        ("อบรมสมาชิกสหกรณ์การเกษตรบ้านนา จำกัด ด้านการตลาด", None),
        ("ก่อสร้างอาคารศูนย์จำหน่ายสินค้าชุมชนของ อบจ.", None),
        ("ติดตั้งเครื่องตรวจวัดฝุ่นละอองในเขตนิคมอุตสาหกรรมและชุมชน", None),
        # An abandoned temple is the National Office of Buddhism's (the Sangha
        # Act ม.๓๒ ทวิ); a living temple's fair is not that.
        ("พัฒนาพื้นที่วัดร้างให้เป็นลานกีฬาชุมชน", "abandoned_temple"),
        ("ปรับปรุงภูมิทัศน์ลานวัดป่าเลไลยก์", None),
        # Reservists are enrolled at the district (the Military Service Act ม.๑๖).
        ("ออกหน่วยลงบัญชีทหารกองเกินนอกสถานที่", "conscription"),
        ("ประชาสัมพันธ์ให้ชายไทยอายุ 17 ปีไปลงบัญชีทหารกองเกิน", None),
        # The minister declares the disease checkpoints (the Communicable Diseases
        # Act ม.๖ (๒)); screening travellers' health is not that.
        ("จัดตั้งด่านควบคุมโรคติดต่อระหว่างประเทศ ณ ท่าเรือประมง", "disease_checkpoint"),
        ("คัดกรองสุขภาพนักท่องเที่ยวที่ท่าเรือ", None),
        # A community forest is the community's to ask for and the province's to
        # approve (the Community Forest Act ม.๓๒, ม.๓๘); helping them ask is not.
        ("จัดตั้งป่าชุมชนในที่สาธารณประโยชน์ของหมู่บ้าน", "community_forest"),
        ("ส่งเสริมชุมชนยื่นคำขอจัดตั้งป่าชุมชน", None),
        ("ปลูกป่าชุมชนเฉลิมพระเกียรติ", None),
        # At a waterfall inside a national park; in front of one is not in it.
        ("ก่อสร้างห้องน้ำสาธารณะบริเวณน้ำตก อุทยานแห่งชาติแม่ยม", "park_building"),
        ("ก่อสร้างลานจอดรถบริเวณหน้าอุทยานแห่งชาติ", None),
        # The canal's code in brackets before its project's name.
        (
            "ขุดลอกคลองส่งน้ำสายใหญ่ (RMC) โครงการส่งน้ำและบำรุงรักษาท่าบัว",
            "irrigation_waterway",
        ),
        # A สหการ is of municipalities only (the Municipality Act ม.๕๘).
        ("จัดตั้งสหการกำจัดขยะร่วมกับองค์การบริหารส่วนตำบลใกล้เคียง", "union_with_others"),
        ("ศึกษาดูงานสหการประปาของเทศบาล", None),
        # What each kind's own Act forbids with its office-holders (PAO Act ม.๔๔/๓,
        # ม.๓๕/๓) and the Civil Code with common land (ม.๑๓๐๕); buying from
        # others, appointing others, or guarding common land is not that.
        ("จัดซื้อที่ดินของนายกองค์การบริหารส่วนจังหวัด เพื่อสร้างลานกีฬา", "office_holder_contract"),
        ("เช่าอาคารจากสมาชิกสภาเป็นสำนักงานชั่วคราว", "office_holder_contract"),
        ("จัดซื้อที่ดินจากราษฎรเพื่อก่อสร้างอ่างเก็บน้ำ", None),
        ("จ้างเหมาจัดทำอาหารในการประชุมของสมาชิกสภา", None),
        ("แต่งตั้งสมาชิกสภา 3 คน เป็นที่ปรึกษานายก", "council_adviser"),
        ("แต่งตั้งผู้ทรงคุณวุฒิเป็นที่ปรึกษานายก", None),
        ("ขายทอดตลาดที่ดินสาธารณประโยชน์หนองน้ำเก่าให้แก่เอกชน", "public_land_sale"),
        ("จำหน่ายที่ดินสาธารณประโยชน์หนองโสนซึ่งตื้นเขินแล้วให้แก่เอกชน", "public_land_sale"),
        ("รังวัดแนวเขตและป้องกันการบุกรุกที่ดินสาธารณประโยชน์", None),
        ("ขายทอดตลาดพัสดุชำรุด", None),
        # A gas well with its field "developed" is still petroleum's.
        ("เจาะหลุมผลิตและพัฒนาแหล่งก๊าซธรรมชาติเพื่อหารายได้", "petroleum"),
    ],
)
def test_work_an_act_gives_a_central_body_is_recognised(title: str, key: str | None) -> None:
    # As the check reads it: normalised, its abbreviations written out.
    assert reserved_to(normalize(title), "pao") == key


@pytest.mark.parametrize(
    ("title", "kind", "key"),
    [
        # The Civil Registration Act ม.๔: a municipality registers, a TAO or PAO does not.
        ("เปิดจุดบริการรับแจ้งเกิด แจ้งตาย และแจ้งย้ายที่อยู่ ณ ที่ทำการ", "tao", "civil_registration"),
        ("พัฒนาระบบงานทะเบียนราษฎรออนไลน์", "pao", "civil_registration"),
        # A house's number and register are the registrar's (ม.๓๔).
        ("สำรวจบ้านสร้างใหม่ กำหนดเลขประจำบ้าน และจัดทำทะเบียนบ้าน", "pao", "civil_registration"),
        ("กำหนดเลขประจำบ้าน และจัดทำทะเบียนบ้าน", "municipality", None),
        ("เปิดจุดบริการรับแจ้งเกิด แจ้งตาย และแจ้งย้ายที่อยู่ ณ ที่ทำการ", "municipality", None),
        # Helping people to register is welfare, for any kind.
        ("ช่วยเหลือผู้ไร้สัญชาติในการแจ้งเกิดและขอเพิ่มชื่อในทะเบียนบ้าน", "tao", None),
        ("รณรงค์ให้ประชาชนแจ้งย้ายที่อยู่ตามจริง", "pao", None),
        # A fire reported is no birth.
        ("จัดตั้งศูนย์รับแจ้งเกิดเหตุอัคคีภัยตลอด 24 ชั่วโมง", "tao", None),
        # The Communicable Diseases Act ม.๓๕ (๑): the governor closes places
        # against an epidemic, and in Bangkok its governor; a hygiene order or a
        # campaign is not that.
        ("สั่งปิดสถานบันเทิงและร้านอาหารชั่วคราว ป้องกันโรคระบาด", "tao", "epidemic_closure"),
        ("สั่งปิดสถานบันเทิงและร้านอาหารชั่วคราว ป้องกันโรคระบาด", "bangkok", None),
        ("สั่งปิดร้านอาหารที่ไม่ผ่านมาตรฐานสุขาภิบาล", "municipality", None),
        ("รณรงค์ป้องกันโควิด-19 ในตลาดสด", "municipality", None),
        # The Town Planning Act ม.๒๓: the province's comprehensive plan is the
        # department's or the PAO's; a town's own plan, or taking part, is not.
        (
            "วางและจัดทำผังเมืองรวมจังหวัดลำปาง ครอบคลุมทั้ง 13 อำเภอ",
            "municipality",
            "provincial_town_plan",
        ),
        ("วางและจัดทำผังเมืองรวมจังหวัดลำปาง ครอบคลุมทั้ง 13 อำเภอ", "pao", None),
        ("วางและจัดทำผังเมืองรวมเมืองลำปาง", "municipality", None),
        ("ส่งเสริมการมีส่วนร่วมในการจัดทำผังเมืองรวมจังหวัด", "tao", None),
        # The Factory Act ม.๕, ม.๑๑/๑: a municipality's officials may be a small
        # factory's officers, a PAO's never.
        ("รับแจ้งการประกอบกิจการโรงงานจำพวกที่ 2 ในเขตพื้นที่", "pao", "small_factory"),
        ("รับแจ้งการประกอบกิจการโรงงานจำพวกที่ 2 ในเขตพื้นที่", "municipality", None),
        ("ส่งเสริมโรงงานแปรรูปผลผลิตการเกษตรขนาดเล็ก", "pao", None),
        # The PAO Act words these for a PAO alone (ม.๗๑, ม.๔๓, ม.๗๕).
        ("จ้างบริษัทเอกชนจัดเก็บภาษีบำรุง อบจ. จากสถานค้าปลีกยาสูบ", "pao", "private_tax_collection"),
        ("จ้างเหมาเอกชนจัดเก็บค่าธรรมเนียมจอดรถ", "pao", None),
        ("จ่ายเงินเดือนครูที่ยืมตัวมาช่วยราชการกองการศึกษา", "pao", "seconded_salary"),
        ("จัดทำประกันอุบัติเหตุแบบกลุ่มให้แก่สมาชิกสภาและผู้บริหาร", "pao", "office_holder_insurance"),
        ("จัดทำประกันอุบัติเหตุให้อาสาสมัครป้องกันภัยฝ่ายพลเรือน", "pao", None),
        # The governor or the district chief supervises a local government (PAO Act
        # ม.๗๗, TAO Act ม.๙๐, Municipality Act ม.๗๑); supervising a site is not that.
        (
            "ออกตรวจ กำกับดูแล และสั่งการแก้ไขการปฏิบัติราชการของ อบต. ในเขตจังหวัด",
            "pao",
            "supervising_local",
        ),
        ("ควบคุมดูแลเทศบาลตำบลในเขตอำเภอให้ปฏิบัติตามกฎหมาย", "tao", "supervising_local"),
        ("กำกับดูแลการก่อสร้างถนนของผู้รับจ้าง", "pao", None),
        ("กำกับดูแลโรงเรียนในสังกัดองค์การบริหารส่วนจังหวัด", "pao", None),
        ("จ่ายเงินเดือนครูที่ยืมตัวมาช่วยราชการกองการศึกษา", "tao", None),
        # The Begging Control Act ม.๕, ม.๑๔: street performers notify a TAO's or a
        # municipality's head, never a PAO's; promoting street music is not that.
        ("รับแจ้งผู้แสดงความสามารถและออกใบรับแจ้ง", "pao", "street_performer"),
        ("ประกาศกำหนดพื้นที่สำหรับการแสดงความสามารถ ถนนคนเดิน", "pao", "street_performer"),
        ("รับแจ้งผู้แสดงความสามารถและออกใบรับแจ้ง", "tao", None),
        ("ส่งเสริมนักดนตรีเปิดหมวกและผู้แสดงความสามารถ ถนนคนเดิน", "pao", None),
        # The Municipality Act ม.๕๓ (๘), ม.๕๖: local credit and pawnshops are a
        # municipality's; a rescue truck, or helping people to a bank, lends nothing.
        ("จัดตั้งกองทุนหมุนเวียนให้กู้ยืมเงินปลอดดอกเบี้ยแก่กลุ่มอาชีพ", "pao", "local_credit"),
        ("ปล่อยสินเชื่อดอกเบี้ยต่ำแก่ผู้ค้ารายย่อย", "tao", "local_credit"),
        ("ก่อสร้างอาคารสถานธนานุบาล (โรงรับจำนำ) แห่งที่ 2", "tao", "local_credit"),
        ("ก่อสร้างอาคารสถานธนานุบาล (โรงรับจำนำ) แห่งที่ 2", "municipality", None),
        ("ให้กู้ยืมเงินแก่ผู้ค้ารายย่อยในตลาดเทศบาล", "municipality", None),
        ("จัดซื้อรถกู้ภัยอเนกประสงค์ให้กู้ภัยประจำตำบล", "pao", None),
        # The ID Card Act ม.๔, ม.๖: the minister's officers at a registry make the
        # cards; a PAO or TAO keeps no registry. Making them with the district, or
        # helping people to apply, is another matter.
        ("จัดทำบัตรประจำตัวประชาชนให้ผู้สูงอายุติดเตียงถึงบ้าน", "pao", "id_card"),
        ("ออกหน่วยทำบัตรประชาชนให้ผู้พิการในหมู่บ้าน", "tao", "id_card"),
        ("จัดทำบัตรประจำตัวประชาชนให้ผู้สูงอายุติดเตียงถึงบ้าน", "municipality", None),
        ("ออกหน่วยเคลื่อนที่ร่วมกับอำเภอ ทำบัตรประชาชนให้ผู้สูงอายุ", "pao", None),
        ("ช่วยเหลือผู้พิการในการทำบัตรประจำตัวประชาชน", "pao", None),
        ("จัดทำบัตรประจำตัวผู้พิการ", "pao", None),
        ("ส่งเสริมการเข้าถึงสินเชื่อของเกษตรกรรายย่อย", "pao", None),
        ("จัดตั้งธนาคารประชาชน รับฝากเงินจากประชาชนและให้สินเชื่อ", "pao", "deposit_taking"),
    ],
)
def test_work_an_act_gives_only_some_kinds_is_recognised_for_the_others(
    title: str, kind: str, key: str | None
) -> None:
    assert reserved_to(normalize(title), kind) == key


def test_no_entry_of_one_table_hides_another_of_the_same_key() -> None:
    # The tables are merged into one; a key in two of them would keep only the last.
    tables = [PLACES, NETWORKS, PEOPLE, TRADE, OWN]
    assert sum(map(len, tables)) == len(set().union(*tables))


def test_every_key_has_the_message_that_cites_its_act() -> None:
    assert "party" in KEYS and "highway" in KEYS
    assert [k for k in KEYS if not messages.has(f"powers.note.reserved.{k}")] == []


@pytest.mark.parametrize(
    ("title", "private"),
    [
        (
            "ปรับปรุงผิวถนนภายในหมู่บ้านจัดสรร ซึ่งยังเป็นกรรมสิทธิ์ของบริษัทผู้จัดสรรที่ดิน",
            True,
        ),
        ("ก่อสร้างถนนลูกรังเข้าสวนลำไย (ที่ดินกรรมสิทธิ์เอกชน ยังไม่ได้อุทิศให้เป็นทางสาธารณะ)", True),
        ("ก่อสร้างถนนเข้าไร่ ที่ดินยังไม่อุทิศให้เป็นที่สาธารณะ", True),
        # Not yet transferred to public use (the Land Allocation Act ม.๔๔).
        ("ซ่อมถนนในหมู่บ้านจัดสรร (ยังไม่โอนเป็นที่สาธารณะ)", True),
        # Its residents' juristic person keeps it (the Land Allocation Act ม.๔๔),
        # until the organisation takes it over.
        ("อุดหนุนนิติบุคคลหมู่บ้านจัดสรร ซ่อมแซมไฟส่องสว่าง", True),
        ("ซ่อมแซมผิวจราจรภายในหมู่บ้านจัดสรรบ้านสวน", True),
        ("รับโอนถนนในหมู่บ้านจัดสรรเป็นทางสาธารณะ แล้วซ่อมแซมผิวจราจร", False),
        # A building not yet handed to the TAO is no private owner's.
        ("ปรับปรุงอาคารศูนย์เรียนรู้ที่ยังไม่โอนให้ อบต.", False),
        ("เทลานคอนกรีตจอดรถบรรทุก ภายในที่ดินของห้างหุ้นส่วนจำกัดรุ่งเรือง", True),
        ("เทคอนกรีตลานจอดรถภายในรีสอร์ทของเอกชน บ้านแม่กลองใหม่", True),
        ("ก่อสร้างถนนลูกรังเข้าลานรับซื้อมันสำปะหลัง ในที่ดินกรรมสิทธิ์ของห้างฯ", True),
        ("ก่อสร้างถนนเข้าสวน ที่ดินเอกชนที่ยังมิได้อุทิศให้เป็นทางสาธารณะ", True),
        # Dedicated already: public land; a home repaired for the poor: welfare.
        ("ก่อสร้างถนนบนที่ดินกรรมสิทธิ์เอกชนที่อุทิศให้เป็นทางสาธารณะแล้ว", False),
        ("ก่อสร้างถนนบนที่ดินที่นายสมชายอุทิศให้เป็นทางสาธารณะ", False),
        ("ก่อสร้างศาลาบนที่ดินของนายสมชายที่บริจาคให้หมู่บ้าน", False),
        ("ก่อสร้างสวนสาธารณะบนที่ดินขององค์การบริหารส่วนจังหวัดแพร่", False),
        ("ซ่อมแซมบ้านผู้ยากไร้ ซึ่งเป็นกรรมสิทธิ์ของนางสมศรี", False),
        ("ให้บริการเครื่องจักรกลหนักแก่ส่วนราชการและเอกชน", False),
        ("จ้างเหมาบริษัทเอกชนเก็บขนขยะภายในเขตเทศบาล", False),
    ],
)
def test_work_on_land_a_private_owner_still_holds_is_recognised(title: str, private: bool) -> None:
    assert on_private_land(title) is private
