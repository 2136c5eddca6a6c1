package dev.saferank.batch.benchmark;

import java.util.SplittableRandom;

/** The Chinese words generated rows are made of: names, places, evidence phrases. */
final class Texts {

    /** 泉州's districts (the seed city's codes and names). */
    static final String[][] DISTRICTS = {
        {"350502", "鲤城区"}, {"350503", "丰泽区"}, {"350504", "洛江区"}, {"350505", "泉港区"},
        {"350582", "晋江市"}, {"350581", "石狮市"}, {"350583", "南安市"}, {"350521", "惠安县"},
        {"350524", "安溪县"}, {"350525", "永春县"}, {"350526", "德化县"}
    };

    /** Agency categories with the name ending that fits each. */
    static final String[][] CATEGORIES = {
        {"standardisation", "安全生产标准化服务有限公司"},
        {"evaluation", "安全评价有限公司"},
        {"testing", "安全检测技术有限公司"},
        {"training", "安全生产职业培训学校"},
        {"consulting", "安全技术咨询有限公司"}
    };

    private static final String[] TRADE_A = {
        "安", "泰", "恒", "信", "华", "达", "永", "兴", "盛", "鑫", "金", "宏", "瑞", "众", "诚", "德", "中", "闽", "海", "丰",
        "嘉", "和", "正", "新", "广", "立", "晟", "源", "隆", "康", "顺", "通", "远", "博", "启", "创", "佰", "卓", "弘", "昌"
    };
    private static final String[] TRADE_B = {
        "安", "泰", "恒", "信", "华", "达", "川", "兴", "盛", "鑫", "联", "宏", "瑞", "众", "诚", "德", "捷", "科", "海", "丰",
        "嘉", "和", "正", "邦", "广", "立", "晟", "源", "隆", "康", "顺", "通", "远", "博", "启", "创", "力", "卓", "弘", "昌"
    };
    private static final String[] INDUSTRIES = {
        "鞋业", "纸品", "机械", "化工", "纺织", "石材", "陶瓷", "食品", "五金制品", "塑胶", "服装", "电子", "包装", "建材", "家具"
    };
    private static final String[] SURNAMES = {"陈", "林", "黄", "吴", "王", "张", "李", "蔡", "郑", "许", "洪", "苏", "庄", "杨", "刘"
    };
    private static final String[] GIVEN = {
        "志明", "晓燕", "建国", "海峰", "丽萍", "国华", "秀英", "文斌", "伟", "芳", "俊杰", "雅琴", "明辉", "淑珍", "振宇", "婷"
    };
    private static final String[] WHERE = {"现场检查", "专项整治检查", "报告抽查", "投诉核查"};
    private static final String[] FOLLOW_UP = {
        "已责令该机构限期整改，并要求于15个工作日内书面报送整改情况。",
        "检查人员已现场拍照取证，机构负责人签字确认。",
        "已将问题清单反馈机构，整改情况纳入下次检查复核内容。",
        "机构对检查结果无异议，承诺一个月内完成整改。"
    };

    private Texts() {}

    /**
     * A unique agency name for a serial below 88,000 (district × two trade characters × category);
     * beyond that a branch number keeps it unique.
     */
    static String agencyName(int serial, int category) {
        int a = serial % TRADE_A.length;
        int b = (serial / TRADE_A.length) % TRADE_B.length;
        int district = (serial / (TRADE_A.length * TRADE_B.length)) % DISTRICTS.length;
        int cycle = serial / (TRADE_A.length * TRADE_B.length * DISTRICTS.length);
        String place = DISTRICTS[district][1];
        String name = "泉州" + place.substring(0, place.length() - 1) + TRADE_A[a] + TRADE_B[b] + CATEGORIES[category][1];
        return cycle == 0 ? name : name + "（第" + cycle + "分公司）";
    }

    static String enterpriseName(SplittableRandom random, String district) {
        return "泉州市" + district + pick(random, TRADE_A) + pick(random, TRADE_B) + pick(random, INDUSTRIES) + "有限公司";
    }

    static String personName(SplittableRandom random) {
        return pick(random, SURNAMES) + pick(random, GIVEN);
    }

    /** Evidence of a realistic length: where, whom, the clause found, what follows (≈ 60–200 characters). */
    static String evidence(SplittableRandom random, String enterprise, String wording, int count, int source) {
        String clause = wording.length() > 90 ? wording.substring(0, 90) + "……" : wording;
        return WHERE[source] + "服务对象" + enterprise + "，发现" + count + "处问题，对应考评条款：" + clause + "。"
                + pick(random, FOLLOW_UP);
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
