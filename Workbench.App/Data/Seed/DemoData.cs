using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;
using static Workbench.Core.Platforms.ResourceCategory;

namespace Workbench.App.Data.Seed;

/// <summary>The demo data set: real Hunan departments and plausible host units, platforms and experts.</summary>
internal static class DemoData
{
    public static readonly string[] Cities =
    [
        "长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市",
        "张家界市", "益阳市", "郴州市", "永州市", "怀化市", "娄底市", "湘西土家族苗族自治州",
    ];

    public static readonly string[] ProvincialDepartments =
    [
        "湖南省科学技术厅", "湖南省教育厅", "湖南省农业农村厅", "湖南省卫生健康委员会", "湖南省自然资源厅",
        "湖南省市场监督管理局", "湖南省工业和信息化厅", "湖南省林业局", "湖南省生态环境厅", "湖南省水利厅", "湖南省气象局",
    ];

    public static string CityBureau(string city) => city == "湘西土家族苗族自治州" ? "湘西土家族苗族自治州科学技术局" : $"{city}科学技术局";

    /// <summary>(name, kind, competent department, address)</summary>
    public static readonly (string Name, HostUnitKind Kind, string Department, string Address)[] HostUnits =
    [
        ("长沙学院", HostUnitKind.University, "长沙市科学技术局", "长沙市开福区洪山路98号"),
        ("长沙市农业科学研究院", HostUnitKind.ResearchInstitute, "长沙市科学技术局", "长沙市岳麓区咸嘉湖路"),
        ("长沙市产商品质量检验所", HostUnitKind.TestingCentre, "长沙市科学技术局", "长沙市雨花区振华路"),
        ("中南大学", HostUnitKind.University, "湖南省教育厅", "长沙市岳麓区麓山南路932号"),
        ("湖南大学", HostUnitKind.University, "湖南省教育厅", "长沙市岳麓区麓山南路2号"),
        ("湖南师范大学", HostUnitKind.University, "湖南省教育厅", "长沙市岳麓区麓山路36号"),
        ("湘潭大学", HostUnitKind.University, "湖南省教育厅", "湘潭市雨湖区羊牯塘"),
        ("长沙理工大学", HostUnitKind.University, "湖南省教育厅", "长沙市天心区万家丽南路二段960号"),
        ("湖南农业大学", HostUnitKind.University, "湖南省教育厅", "长沙市芙蓉区农大路1号"),
        ("中南林业科技大学", HostUnitKind.University, "湖南省教育厅", "长沙市天心区韶山南路498号"),
        ("湖南科技大学", HostUnitKind.University, "湖南省教育厅", "湘潭市雨湖区桃源路2号"),
        ("湖南中医药大学", HostUnitKind.University, "湖南省教育厅", "长沙市岳麓区学士路300号"),
        ("南华大学", HostUnitKind.University, "湖南省教育厅", "衡阳市蒸湘区常胜西路28号"),
        ("湖南工业大学", HostUnitKind.University, "湖南省教育厅", "株洲市天元区泰山路88号"),
        ("吉首大学", HostUnitKind.University, "湖南省教育厅", "吉首市人民南路120号"),
        ("湖南省农业科学院", HostUnitKind.ResearchInstitute, "湖南省农业农村厅", "长沙市芙蓉区远大二路892号"),
        ("湖南省畜牧兽医研究所", HostUnitKind.ResearchInstitute, "湖南省农业农村厅", "长沙市芙蓉区马坡岭"),
        ("湖南省茶叶研究所", HostUnitKind.ResearchInstitute, "湖南省农业农村厅", "长沙市芙蓉区远大二路"),
        ("湖南省林业科学院", HostUnitKind.ResearchInstitute, "湖南省林业局", "长沙市天心区韶山南路658号"),
        ("湖南省植物园", HostUnitKind.ResearchInstitute, "湖南省林业局", "长沙市天心区植物园路111号"),
        ("湖南省微生物研究院", HostUnitKind.ResearchInstitute, "湖南省科学技术厅", "长沙市开福区丝茅冲"),
        ("湖南省科学技术信息研究所", HostUnitKind.ResearchInstitute, "湖南省科学技术厅", "长沙市开福区建湘路"),
        ("湖南省科学技术馆", HostUnitKind.ResearchInstitute, "湖南省科学技术厅", "长沙市岳麓区桐梓坡西路"),
        ("湖南省计量检测研究院", HostUnitKind.TestingCentre, "湖南省市场监督管理局", "长沙市雨花区中意一路"),
        ("湖南省产商品质量检验研究院", HostUnitKind.TestingCentre, "湖南省市场监督管理局", "长沙市雨花区德政街"),
        ("湖南省标准化研究院", HostUnitKind.ResearchInstitute, "湖南省市场监督管理局", "长沙市芙蓉区八一路"),
        ("湖南省疾病预防控制中心", HostUnitKind.Hospital, "湖南省卫生健康委员会", "长沙市开福区芙蓉中路一段450号"),
        ("湖南省中医药研究院", HostUnitKind.ResearchInstitute, "湖南省卫生健康委员会", "长沙市岳麓区麓山路58号"),
        ("湖南省地质调查所", HostUnitKind.ResearchInstitute, "湖南省自然资源厅", "长沙市雨花区万家丽中路"),
        ("湖南省第二测绘院", HostUnitKind.ResearchInstitute, "湖南省自然资源厅", "长沙市天心区书院路"),
        ("湖南省环境保护科学研究院", HostUnitKind.ResearchInstitute, "湖南省生态环境厅", "长沙市雨花区洞井路"),
        ("湖南省水利水电科学研究院", HostUnitKind.ResearchInstitute, "湖南省水利厅", "长沙市天心区桂花坪"),
        ("湖南省气象科学研究所", HostUnitKind.ResearchInstitute, "湖南省气象局", "长沙市天心区城南东路"),
        ("湖南省工业和信息化研究院", HostUnitKind.ResearchInstitute, "湖南省工业和信息化厅", "长沙市开福区湘江中路"),
        ("株洲国创轨道科技有限公司", HostUnitKind.Enterprise, "株洲市科学技术局", "株洲市石峰区田心高科园"),
        ("湘潭市产商品质量监督检验所", HostUnitKind.TestingCentre, "湘潭市科学技术局", "湘潭市岳塘区建设南路"),
        ("衡阳市农业科学研究所", HostUnitKind.ResearchInstitute, "衡阳市科学技术局", "衡阳市珠晖区东风南路"),
        ("岳阳市农业科学研究院", HostUnitKind.ResearchInstitute, "岳阳市科学技术局", "岳阳市岳阳楼区金鹗中路"),
        ("常德市农林科学研究院", HostUnitKind.ResearchInstitute, "常德市科学技术局", "常德市武陵区朗州北路"),
        ("郴州市林业科学研究所", HostUnitKind.ResearchInstitute, "郴州市科学技术局", "郴州市北湖区五岭大道"),
        ("怀化市农业科学研究院", HostUnitKind.ResearchInstitute, "怀化市科学技术局", "怀化市鹤城区迎丰西路"),
        ("湘西土家族苗族自治州农业科学研究院", HostUnitKind.ResearchInstitute, "湘西土家族苗族自治州科学技术局", "吉首市乾州街道"),
    ];

    /// <summary>(Chinese name, English name, category, host unit, head, head title, recognised year, status)</summary>
    public static readonly (string Name, string English, ResourceCategory Category, string Host, string Head, string HeadTitle, int Year, PlatformStatus Status)[] Platforms =
    [
        ("湖南省大型科学仪器共享服务平台", "Hunan Provincial Large Scientific Instrument Sharing Service Platform", FacilitiesAndInstruments, "中南大学", "周立华", "教授", 2019, PlatformStatus.Recognised),
        ("湖南省材料分析测试中心", "Hunan Provincial Materials Analysis and Testing Center", FacilitiesAndInstruments, "湖南大学", "邓志刚", "教授", 2019, PlatformStatus.Recognised),
        ("湖南省精密仪器开放共享中心", "Hunan Provincial Precision Instrument Open Sharing Center", FacilitiesAndInstruments, "湘潭大学", "彭建军", "教授", 2020, PlatformStatus.Recognised),
        ("湖南省计量测试共享服务平台", "Hunan Provincial Metrology and Testing Sharing Service Platform", FacilitiesAndInstruments, "湖南省计量检测研究院", "李卫东", "正高级工程师", 2020, PlatformStatus.Recognised),
        ("湖南省产品质量检验检测共享平台", "Hunan Provincial Product Quality Inspection and Testing Sharing Platform", FacilitiesAndInstruments, "湖南省产商品质量检验研究院", "黄晓明", "正高级工程师", 2021, PlatformStatus.Recognised),
        ("湖南省先进轨道交通装备检测平台", "Hunan Provincial Advanced Rail Transit Equipment Testing Platform", FacilitiesAndInstruments, "株洲国创轨道科技有限公司", "曾德明", "正高级工程师", 2021, PlatformStatus.Recognised),
        ("湖南省电子信息产品检测服务平台", "Hunan Provincial Electronic Information Product Testing Service Platform", FacilitiesAndInstruments, "长沙学院", "陈志远", "教授", 2022, PlatformStatus.Recognised),
        ("湖南省道路桥梁结构检测中心", "Hunan Provincial Road and Bridge Structure Testing Center", FacilitiesAndInstruments, "长沙理工大学", "赵文斌", "教授", 2022, PlatformStatus.Recognised),
        ("湖南省环境监测仪器共享平台", "Hunan Provincial Environmental Monitoring Instrument Sharing Platform", FacilitiesAndInstruments, "湖南省环境保护科学研究院", "刘海波", "研究员", 2023, PlatformStatus.Recognised),
        ("湖南省食品安全检测服务平台", "Hunan Provincial Food Safety Testing Service Platform", FacilitiesAndInstruments, "长沙市产商品质量检验所", "易红梅", "高级工程师", 2020, PlatformStatus.Rectifying),
        ("湖南省矿产资源测试分析中心", "Hunan Provincial Mineral Resources Testing and Analysis Center", FacilitiesAndInstruments, "湖南科技大学", "龙跃进", "教授", 2024, PlatformStatus.Recognised),
        ("湖南省科技文献信息资源共享服务平台", "Hunan Provincial Science and Technology Literature Information Sharing Service Platform", DataAndInformation, "湖南省科学技术信息研究所", "谭晓燕", "研究员", 2018, PlatformStatus.Recognised),
        ("湖南省地质资料信息共享平台", "Hunan Provincial Geological Data Information Sharing Platform", DataAndInformation, "湖南省地质调查所", "欧阳军", "正高级工程师", 2019, PlatformStatus.Recognised),
        ("湖南省气象科学数据共享中心", "Hunan Provincial Meteorological Science Data Sharing Center", DataAndInformation, "湖南省气象科学研究所", "廖玉芳", "正高级工程师", 2020, PlatformStatus.Recognised),
        ("湖南省水利科学数据中心", "Hunan Provincial Water Resources Science Data Center", DataAndInformation, "湖南省水利水电科学研究院", "孙建平", "正高级工程师", 2021, PlatformStatus.Recognised),
        ("湖南省生态环境数据共享平台", "Hunan Provincial Ecological Environment Data Sharing Platform", DataAndInformation, "湖南省环境保护科学研究院", "贺新春", "研究员", 2022, PlatformStatus.ReEvaluating),
        ("湖南省中医药信息资源库", "Hunan Provincial Traditional Chinese Medicine Information Resource Center", DataAndInformation, "湖南中医药大学", "胡志希", "教授", 2021, PlatformStatus.Recognised),
        ("湖南省农业科学数据中心", "Hunan Provincial Agricultural Science Data Center", DataAndInformation, "湖南省农业科学院", "单杨", "研究员", 2019, PlatformStatus.Recognised),
        ("湖南省人口健康科学数据平台", "Hunan Provincial Population Health Science Data Platform", DataAndInformation, "中南大学", "罗爱静", "教授", 2023, PlatformStatus.Recognised),
        ("湖南省遥感影像数据资源库", "Hunan Provincial Remote Sensing Image Data Resource Center", DataAndInformation, "湖南省第二测绘院", "杨国平", "正高级工程师", 2024, PlatformStatus.Recognised),
        ("湖南省工业大数据服务平台", "Hunan Provincial Industrial Big Data Service Platform", DataAndInformation, "湖南省工业和信息化研究院", "钟晓军", "高级工程师", 2025, PlatformStatus.Recognised),
        ("湖南省农作物种质资源库", "Hunan Provincial Crop Germplasm Resource Center", BiologicalAndMaterials, "湖南省农业科学院", "柏连阳", "研究员", 2018, PlatformStatus.Recognised),
        ("湖南省林木种质资源库", "Hunan Provincial Forest Tree Germplasm Resource Center", BiologicalAndMaterials, "湖南省林业科学院", "陈永忠", "研究员", 2019, PlatformStatus.Recognised),
        ("湖南省微生物菌种资源库", "Hunan Provincial Microbial Strain Resource Center", BiologicalAndMaterials, "湖南省微生物研究院", "戴小阳", "研究员", 2019, PlatformStatus.Recognised),
        ("湖南省实验动物公共服务平台", "Hunan Provincial Laboratory Animal Public Service Platform", BiologicalAndMaterials, "湖南中医药大学", "邓常清", "教授", 2020, PlatformStatus.Recognised),
        ("湖南省中药材种质资源库", "Hunan Provincial Chinese Medicinal Material Germplasm Resource Center", BiologicalAndMaterials, "湖南省中医药研究院", "刘塔斯", "研究员", 2020, PlatformStatus.Recognised),
        ("湖南省畜禽遗传资源库", "Hunan Provincial Livestock and Poultry Genetic Resource Center", BiologicalAndMaterials, "湖南省畜牧兽医研究所", "彭英林", "研究员", 2021, PlatformStatus.Recognised),
        ("湖南省植物标本资源馆", "Hunan Provincial Plant Specimen Resource Center", BiologicalAndMaterials, "湖南省植物园", "李家湘", "研究员", 2021, PlatformStatus.Recognised),
        ("湖南省生物医学样本资源库", "Hunan Provincial Biomedical Sample Resource Center", BiologicalAndMaterials, "中南大学", "夏昆", "教授", 2022, PlatformStatus.Recognised),
        ("湖南省茶树种质资源库", "Hunan Provincial Tea Plant Germplasm Resource Center", BiologicalAndMaterials, "湖南省茶叶研究所", "包小村", "研究员", 2022, PlatformStatus.Recognised),
        ("湖南省水产种质资源库", "Hunan Provincial Aquatic Germplasm Resource Center", BiologicalAndMaterials, "湖南农业大学", "刘少军", "教授", 2023, PlatformStatus.Recognised),
        ("湖南省特色果蔬种质资源库", "Hunan Provincial Characteristic Fruit and Vegetable Germplasm Resource Center", BiologicalAndMaterials, "长沙市农业科学研究院", "朱红莲", "研究员", 2024, PlatformStatus.Recognised),
        ("湖南省湘西药用植物资源库", "Hunan Provincial Xiangxi Medicinal Plant Resource Center", BiologicalAndMaterials, "吉首大学", "张永康", "教授", 2019, PlatformStatus.Revoked),
        ("湖南省科技成果转化公共服务平台", "Hunan Provincial Scientific and Technological Achievement Transformation Public Service Platform", PublicServices, "湖南大学", "于德介", "教授", 2019, PlatformStatus.Recognised),
        ("湖南省技术转移服务中心", "Hunan Provincial Technology Transfer Service Center", PublicServices, "中南大学", "李玉平", "研究员", 2020, PlatformStatus.Recognised),
        ("湖南省标准化信息服务平台", "Hunan Provincial Standardization Information Service Platform", PublicServices, "湖南省标准化研究院", "王少华", "正高级工程师", 2020, PlatformStatus.Recognised),
        ("湖南省科技创新创业服务平台", "Hunan Provincial Science and Technology Innovation and Entrepreneurship Service Platform", PublicServices, "长沙学院", "陈静", "教授", 2023, PlatformStatus.Recognised),
        ("湖南省工业设计公共服务平台", "Hunan Provincial Industrial Design Public Service Platform", PublicServices, "湖南工业大学", "何人可", "教授", 2021, PlatformStatus.Recognised),
        ("湖南省科普资源馆", "Hunan Provincial Popular Science Resource Center", PublicServices, "湖南省科学技术馆", "袁文秀", "研究馆员", 2022, PlatformStatus.Recognised),
        ("湖南省公共卫生检测服务中心", "Hunan Provincial Public Health Testing Service Center", PublicServices, "湖南省疾病预防控制中心", "高立冬", "主任医师", 2021, PlatformStatus.Rectifying),
        ("湖南省现代农业技术服务平台", "Hunan Provincial Modern Agricultural Technology Service Platform", PublicServices, "常德市农林科学研究院", "龚德平", "研究员", 2024, PlatformStatus.Recognised),
    ];

    /// <summary>(name, unit, title, fields); the first seven are the demo accounts expert1 … expert7.</summary>
    public static readonly (string Name, string Unit, string Title, string[] Fields)[] Experts =
    [
        ("张明远", "湖南大学", "教授", ["仪器科学", "材料分析"]),
        ("李晓红", "湖南师范大学", "教授", ["生物学", "种质资源"]),
        ("王建华", "湖南省农业科学院", "研究员", ["作物育种", "种质资源"]),
        ("刘德胜", "国防科技大学", "教授", ["信息系统", "科学数据"]),
        ("陈丽君", "湖南省科学技术信息研究所", "研究员", ["科技情报", "科技管理"]),
        ("杨志强", "湖南省计量检测研究院", "正高级工程师", ["计量测试", "检验检测"]),
        ("赵文静", "湖南财政经济学院", "教授", ["财务管理", "专项经费审计"]),
        ("周海涛", "中南大学", "教授", ["冶金材料", "仪器科学"]),
        ("吴秀兰", "湖南农业大学", "教授", ["园艺", "种质资源"]),
        ("孙立新", "湘潭大学", "教授", ["化学分析", "材料分析"]),
        ("黄永刚", "湖南省林业科学院", "研究员", ["林木遗传育种", "种质资源"]),
        ("徐春燕", "湖南中医药大学", "教授", ["中药学", "实验动物"]),
        ("马建军", "长沙理工大学", "教授", ["土木工程", "检测技术"]),
        ("胡晓峰", "湖南省地质调查所", "正高级工程师", ["地质调查", "科学数据"]),
        ("朱国庆", "湖南省气象局", "正高级工程师", ["气象", "科学数据"]),
        ("郭红霞", "湖南省卫生健康委员会", "主任医师", ["公共卫生", "生物样本"]),
        ("何志勇", "湖南工业大学", "教授", ["工业设计", "成果转化"]),
        ("罗卫平", "湖南省环境保护科学研究院", "研究员", ["环境科学", "监测仪器"]),
        ("谢文斌", "湖南省水利水电科学研究院", "正高级工程师", ["水利工程", "科学数据"]),
        ("邓丽华", "湖南省微生物研究院", "研究员", ["微生物学", "菌种保藏"]),
        ("彭伟", "湖南省标准化研究院", "正高级工程师", ["标准化", "质量管理"]),
        ("曾庆华", "湖南省畜牧兽医研究所", "研究员", ["动物遗传育种", "种质资源"]),
        ("蒋红梅", "湖南省财政厅财政科学研究所", "研究员", ["财政管理", "绩效评价"]),
        ("唐家兴", "湖南科技大学", "教授", ["矿物学", "测试分析"]),
        ("韩雪", "中南林业科技大学", "教授", ["林学", "植物标本"]),
        ("冯晓东", "湖南省科学技术馆", "研究馆员", ["科学普及", "科技管理"]),
        ("曹建国", "湖南省产商品质量检验研究院", "正高级工程师", ["检验检测", "食品安全"]),
        ("许丽萍", "长沙学院", "教授", ["电子信息", "创新创业"]),
        ("沈国华", "湖南省工业和信息化研究院", "高级工程师", ["工业互联网", "科学数据"]),
        ("袁立新", "中国科学院亚热带农业生态研究所", "研究员", ["农业生态", "科学数据"]),
    ];
}
