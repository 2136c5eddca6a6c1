package dev.saferank.platform.searchbenchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the generated country, made the way the seed cities name things: a city of two
 * characters (泉州 → 泉州市, its bureau 泉州市应急管理局), a few districts each (鲤城区, 晋江市, 惠安县: two
 * characters and 区, 县 or 市), and agencies named city + district + trade name + the ending of
 * their category (泉州丰泽安泰安全评价有限公司, as batch-jobs' generated 泉州 and the seed registers
 * have them). Deterministic: the same serials give the same names in every run.
 */
final class NationalNames {

    /** First and second characters of city names: 19 × 18 pairs (a character never twice): 342 ≥ 333. */
    private static final String CITY_A = "安宝昌东丰福广海和华嘉建江金临龙南宁平";

    private static final String CITY_B = "阳城川德州海江康林宁山水台源庆兴沙门溪";

    private static final int SECONDS = CITY_B.length() - 1;

    /** District names; a city takes {@link #DISTRICTS_PER_CITY} of them, different for neighbouring cities. */
    private static final String[] DISTRICTS = {
        "城关区", "东湖区", "西山区", "南湖区", "北塘区", "鼓楼区", "滨江区", "新城区", "临港区", "河西区", "江北区", "长安区", "清河县", "平湖市", "永安县", "石桥县",
        "龙泉市"
    };

    static final int DISTRICTS_PER_CITY = 4;

    /** Category codes with the name ending that fits each (batch-jobs' Texts, the seed registers). */
    static final String[][] CATEGORIES = {
        {"evaluation", "安全评价有限公司"},
        {"testing", "安全检测技术有限公司"},
        {"standardisation", "安全生产标准化服务有限公司"},
        {"training", "安全生产职业培训学校"},
        {"consulting", "安全技术咨询有限公司"}
    };

    /** Trade names of two characters: 40 × 40 = 1,600 pairs, so 150 agencies of a city never share one. */
    private static final String TRADE_A = "安泰恒信华达永兴盛鑫金宏瑞众诚德中闽海丰嘉和正新广立晟源隆康顺通远博启创佰卓弘昌";

    private static final String TRADE_B = "安泰恒信华达川兴盛鑫联宏瑞众诚德捷科海丰嘉和正邦广立晟源隆康顺通远博启创力卓弘昌";

    private NationalNames() {}

    /** The city of a serial: 安阳, 安城, … (two characters). */
    static String city(int serial) {
        int a = serial / SECONDS;
        int b = serial % SECONDS;
        char first = CITY_A.charAt(a % CITY_A.length());
        // the second pool without the first character, so that no city is 安安
        String seconds = CITY_B.replace(String.valueOf(first), "");
        return "" + first + seconds.charAt(b % seconds.length());
    }

    /** The districts of a city: {code, name}; codes are six digits and unique in the country. */
    static List<String[]> districts(int city) {
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < DISTRICTS_PER_CITY; k++) {
            String name = DISTRICTS[(city * 3 + k * 4) % DISTRICTS.length];
            out.add(new String[] {String.format("%04d%02d", 1000 + city, k + 1), name});
        }
        return out;
    }

    /** The name of a city's agency: city + district (without 区/县/市) + trade name + category ending. */
    static String agency(String city, String district, int cityIndex, int serial, int category) {
        // a stride coprime to 1,600 walks the trade pairs without repeating within a city
        int pair = (serial * 97 + cityIndex * 31) % (TRADE_A.length() * TRADE_B.length());
        String trade = "" + TRADE_A.charAt(pair % TRADE_A.length()) + TRADE_B.charAt(pair / TRADE_A.length());
        return city + district.substring(0, district.length() - 1) + trade + CATEGORIES[category][1];
    }

    /** The name as a citizen may mistype it: one character replaced by one that sounds or looks alike. */
    static String typo(String name, int which) {
        String[][] likes = {{"安", "按"}, {"评", "平"}, {"检", "捡"}, {"测", "侧"}, {"技", "枝"}, {"询", "旬"}, {"训", "讯"}};
        for (int i = 0; i < likes.length; i++) {
            String[] like = likes[(which + i) % likes.length];
            int at = name.indexOf(like[0], 2);
            if (at >= 0) {
                return name.substring(0, at) + like[1] + name.substring(at + 1);
            }
        }
        // no look-alike: one character left out (after the city)
        return name.substring(0, 3) + name.substring(4);
    }
}
