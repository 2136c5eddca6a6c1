package dev.saferank.platform.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Safety evaluation reports (安全现状评价报告) as an agency writes them: sections of sentences made
 * from pools of fragments (hazards, management findings, measures, conclusions), with the
 * enterprise's own figures. Two reports generated independently share the legal boilerplate and
 * common phrases but not their sentences; {@link #copy}, {@link #edited} and {@link #template} make
 * the near-duplicates the platform must find. Deterministic for a seed.
 */
public final class GeneratedReports {

    /** One generated report: the enterprise it serves, its title and its body (sentences by section). */
    public record Text(String enterprise, String title, List<List<String>> sections) {

        public String body() {
            var out = new StringBuilder();
            String[] heads = {"一、评价依据", "二、企业概况", "三、危险有害因素辨识", "四、安全管理现状", "五、评价单元及方法", "六、存在问题及整改建议", "七、评价结论"};
            for (int i = 0; i < sections.size(); i++) {
                out.append(heads[i]).append('\n');
                sections.get(i).forEach(out::append);
                out.append('\n');
            }
            return out.toString();
        }
    }

    private static final String[] LAWS = {
        "《中华人民共和国安全生产法》",
        "《中华人民共和国消防法》",
        "《中华人民共和国职业病防治法》",
        "《危险化学品安全管理条例》",
        "《生产安全事故应急条例》",
        "《安全评价检测检验机构管理办法》",
        "《工贸企业重大事故隐患判定标准》",
        "《建筑设计防火规范》GB 50016",
        "《安全评价通则》AQ 8001",
        "《危险化学品重大危险源辨识》GB 18218",
        "《企业职工伤亡事故分类》GB 6441",
        "《生产过程危险和有害因素分类与代码》GB/T 13861",
        "《工业企业设计卫生标准》GBZ 1",
        "《用电安全导则》GB/T 13869",
        "《起重机械安全规程》GB 6067"
    };
    private static final String[] PRODUCTS = {
        "精细化工产品", "金属制品", "塑料制品", "纺织印染产品", "食品饮料", "电子元器件", "家具", "建筑陶瓷", "机械零部件", "包装材料", "涂料油墨", "医药中间体"
    };
    private static final String[] PLACES = {
        "生产车间", "原料仓库", "成品仓库", "配电房", "空压机房", "锅炉房", "储罐区", "装卸区", "危废暂存间", "办公楼", "食堂", "污水处理站", "喷涂车间", "机加工车间"
    };
    private static final String[] HAZARDS = {
        "火灾", "爆炸", "中毒和窒息", "触电", "机械伤害", "起重伤害", "高处坠落", "物体打击", "车辆伤害", "灼烫", "淹溺", "坍塌", "粉尘危害", "噪声危害", "高温危害"
    };
    private static final String[] CAUSES = {
        "设备防护罩缺失",
        "电气线路老化破损",
        "作业人员违章操作",
        "通风设施运行不正常",
        "可燃物料堆放过高",
        "安全附件未定期校验",
        "应急照明失效",
        "静电接地不可靠",
        "检修作业未执行挂牌上锁",
        "受限空间作业未进行气体检测",
        "叉车行驶路线未划定",
        "物料标识不清",
        "消防通道被占用",
        "临时用电未经审批",
        "劳动防护用品佩戴不规范",
        "压力容器超期未检",
        "吊具磨损未及时更换",
        "防爆电气选型不当",
        "排风管道积尘严重",
        "操作规程未张贴上墙"
    };
    private static final String[] EQUIPMENT = {
        "反应釜", "叉车", "行车", "空压机", "冲床", "注塑机", "烘箱", "导热油炉", "储气罐", "电焊机", "砂轮机", "剪板机", "输送带", "离心机", "冷却塔"
    };
    private static final String[] MANAGEMENT = {
        "安全生产责任制",
        "安全生产管理制度",
        "安全操作规程",
        "教育培训记录",
        "隐患排查治理台账",
        "应急预案",
        "应急演练记录",
        "特种作业人员持证情况",
        "危险作业审批",
        "相关方管理",
        "职业健康监护档案",
        "设备设施维护保养记录",
        "劳动防护用品发放台账",
        "安全生产投入台账",
        "事故管理制度",
        "风险分级管控清单"
    };
    private static final String[] STATES = {
        "已建立但内容与实际不符",
        "基本健全，部分岗位未覆盖",
        "已制定并经主要负责人签发",
        "记录不完整，缺少签字确认",
        "未按要求每年修订",
        "已落实并定期检查",
        "执行情况较好",
        "存在流于形式的情况",
        "未能提供相关记录",
        "已纳入年度考核"
    };
    private static final String[] METHODS = {
        "安全检查表法", "预先危险性分析法", "作业条件危险性评价法", "故障类型和影响分析", "事故树分析", "危险度评价法", "道化学火灾爆炸指数法", "事件树分析", "定性定量相结合的方法"
    };
    private static final String[] MEASURES = {
        "立即整改",
        "限期一个月内完成整改",
        "加强日常巡查",
        "组织专项培训",
        "更新设备台账",
        "委托有资质单位检测",
        "完善警示标识",
        "增设防护装置",
        "修订管理制度",
        "落实专人负责",
        "开展应急演练",
        "更换老化线路"
    };
    private static final String[] CONNECTIVES = {
        "经现场检查，", "评价组查阅资料发现，", "根据企业提供的资料，", "现场核查表明，", "通过询问作业人员了解到，", "对照检查表逐项核对，", "抽查发现，", ""
    };

    private final Random random;

    public GeneratedReports(long seed) {
        this.random = new Random(seed);
    }

    /** A report written for the enterprise from scratch. */
    public Text fresh(String enterprise, String agency) {
        List<List<String>> sections = new ArrayList<>();
        sections.add(basis(agency, enterprise));
        sections.add(overview(enterprise));
        sections.add(sentences(7, this::hazard));
        sections.add(sentences(7, this::management));
        sections.add(sentences(4, this::method));
        sections.add(sentences(7, this::problem));
        sections.add(conclusion(enterprise));
        return new Text(enterprise, title(enterprise), sections);
    }

    /** Another agency's report with the enterprise's name swapped, nothing else changed. */
    public Text copy(Text original, String enterprise) {
        List<List<String>> sections = new ArrayList<>();
        for (var section : original.sections()) {
            sections.add(section.stream()
                    .map(s -> swap(s, original.enterprise(), enterprise))
                    .toList());
        }
        return new Text(enterprise, title(enterprise), sections);
    }

    /**
     * A copy lightly edited: the name swapped, about {@code changed} of the sentences written anew,
     * and neighbouring sentences of each section swapped.
     */
    public Text edited(Text original, String enterprise, double changed) {
        Text copy = copy(original, enterprise);
        List<List<String>> sections = new ArrayList<>();
        for (int i = 0; i < copy.sections().size(); i++) {
            List<String> section = new ArrayList<>(copy.sections().get(i));
            for (int j = 0; j < section.size(); j++) {
                if (i >= 2 && i <= 5 && random.nextDouble() < changed) {
                    section.set(j, generate(i));
                }
            }
            for (int j = 0; j + 1 < section.size(); j += 3) {
                java.util.Collections.swap(section, j, j + 1);
            }
            if (i == 1) {
                section = overview(enterprise);
            }
            sections.add(section);
        }
        return new Text(enterprise, title(enterprise), sections);
    }

    /**
     * The same agency's template filled for another enterprise: the overview and the conclusion are
     * the enterprise's own, about a third of the problems too; everything else is the template's.
     */
    public Text template(Text model, String enterprise) {
        Text copy = copy(model, enterprise);
        List<List<String>> sections = new ArrayList<>(copy.sections());
        sections.set(1, overview(enterprise));
        List<String> problems = new ArrayList<>(sections.get(5));
        for (int j = 0; j < problems.size(); j += 3) {
            problems.set(j, problem());
        }
        sections.set(5, problems);
        sections.set(6, conclusion(enterprise));
        return new Text(enterprise, title(enterprise), sections);
    }

    private String generate(int section) {
        return switch (section) {
            case 2 -> hazard();
            case 3 -> management();
            case 4 -> method();
            default -> problem();
        };
    }

    private static String title(String enterprise) {
        return enterprise + "安全现状评价报告";
    }

    private static String swap(String sentence, String from, String to) {
        return sentence.replace(from, to);
    }

    private List<String> basis(String agency, String enterprise) {
        List<String> laws = new ArrayList<>(List.of(LAWS));
        java.util.Collections.shuffle(laws, random);
        return List.of(
                "受" + enterprise + "委托，" + agency + "依据" + String.join("、", laws.subList(0, 6))
                        + "等法律法规和标准规范，对该企业开展安全现状评价。",
                "评价范围包括企业的" + pick(PLACES) + "、" + pick(PLACES) + "及配套公用工程，评价时段为现场勘察之日的安全状况。");
    }

    private List<String> overview(String enterprise) {
        return List.of(
                enterprise + "成立于" + (1995 + random.nextInt(27)) + "年，厂区占地面积约" + (3000 + random.nextInt(90000))
                        + "平方米，现有从业人员" + (20 + random.nextInt(900)) + "人，其中专职安全管理人员" + (1 + random.nextInt(6)) + "人。",
                "企业主要从事" + pick(PRODUCTS) + "的生产，年产量约" + (500 + random.nextInt(50000)) + "吨，主要设备有" + pick(EQUIPMENT)
                        + (2 + random.nextInt(30)) + "台、" + pick(EQUIPMENT) + (1 + random.nextInt(20)) + "台。",
                "厂区东侧为" + pick(new String[] {"工业园区道路", "河道", "农田", "其他企业厂房", "居民区"}) + "，西侧为"
                        + pick(new String[] {"物流仓库", "空地", "市政道路", "山体", "变电站"}) + "，周边" + (50 + random.nextInt(950))
                        + "米范围内无重要保护目标。");
    }

    private String hazard() {
        return pick(CONNECTIVES) + pick(PLACES) + "存在" + pick(HAZARDS) + "的危险，主要原因是" + pick(CAUSES) + "，一旦发生可能造成"
                + (1 + random.nextInt(5)) + "人以上伤亡或较大财产损失。";
    }

    private String management() {
        return pick(CONNECTIVES) + "企业" + pick(MANAGEMENT) + pick(STATES) + "，" + pick(MANAGEMENT) + pick(STATES) + "。";
    }

    private String method() {
        return "针对" + pick(PLACES) + "评价单元，采用" + pick(METHODS) + "进行分析，辨识出主要危险有害因素" + (2 + random.nextInt(9))
                + "项，风险等级为" + pick(new String[] {"重大风险", "较大风险", "一般风险", "低风险"}) + "。";
    }

    private String problem() {
        return pick(PLACES) + "的" + pick(EQUIPMENT) + pick(CAUSES) + "，建议" + pick(MEASURES) + "，并" + pick(MEASURES)
                + "。";
    }

    private List<String> conclusion(String enterprise) {
        return List.of(
                "综上所述，" + enterprise + "在落实上述" + (3 + random.nextInt(12)) + "项整改建议后，"
                        + pick(new String[] {"基本符合", "符合", "总体满足"}) + "国家有关安全生产法律法规和标准规范的要求。",
                "企业应" + pick(MEASURES) + "，持续" + pick(new String[] {"提升安全管理水平", "做好隐患排查治理", "落实全员安全生产责任制", "加强风险分级管控"})
                        + "。");
    }

    private List<String> sentences(int count, java.util.function.Supplier<String> sentence) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(sentence.get());
        }
        return out;
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
