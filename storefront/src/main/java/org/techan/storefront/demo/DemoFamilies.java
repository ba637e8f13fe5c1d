package org.techan.storefront.demo;

import java.util.List;
import java.util.Map;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.TemperatureClass;

/** The specialties demo shops sell: each family gives a shop its product names, packs and facts. */
final class DemoFamilies {

    private DemoFamilies() {}

    record Pack(String specZh, String specEn, SaleUnit unit, int grams, String price) {}

    record Family(
            String category,
            TemperatureClass temperature,
            int shelfLifeDays,
            List<Integer> months,
            List<String> titles,
            List<Pack> packs,
            CertificateKind certificate,
            String descriptionZh) {}

    private static List<Pack> packs(SaleUnit unit, int grams, String price, int bigGrams, String bigPrice) {
        return List.of(
                new Pack(grams + " 克" + label(unit), grams + " g", unit, grams, price),
                new Pack(bigGrams + " 克礼盒", bigGrams + " g gift box", SaleUnit.GIFT_BOX, bigGrams, bigPrice));
    }

    private static String label(SaleUnit unit) {
        return switch (unit) {
            case BAG -> "袋装";
            case BOTTLE -> "瓶装";
            case JAR -> "罐装";
            case BOX -> "箱装";
            default -> "装";
        };
    }

    static final Map<String, Family> ALL = Map.ofEntries(
            Map.entry(
                    "ligan",
                    new Family(
                            "dried-preserved-fruit",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(6, 7),
                            List.of("永泰李干 原味", "永泰李干 甘草", "永泰李干 去核", "永泰李干 蜂蜜"),
                            packs(SaleUnit.BAG, 500, "29.90", 1500, "99.00"),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "永泰芙蓉李鲜果腌制、晾晒而成，酸甜回甘。")),
            Map.entry(
                    "mijian",
                    new Family(
                            "dried-preserved-fruit",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(5, 6, 11),
                            List.of("永泰橄榄蜜饯", "永泰青梅蜜饯", "永泰加应子", "永泰梅饼"),
                            packs(SaleUnit.BAG, 400, "25.00", 1200, "88.00"),
                            CertificateKind.POLLUTION_FREE,
                            "传统工艺蜜渍，果香浓郁，少添加。")),
            Map.entry(
                    "chayou",
                    new Family(
                            "edible-oils",
                            TemperatureClass.AMBIENT,
                            540,
                            List.of(10, 11),
                            List.of("永泰山茶油 冷榨", "永泰山茶油 物理压榨", "永泰野生茶籽油", "永泰茶油 月子油"),
                            packs(SaleUnit.BOTTLE, 500, "98.00", 2500, "428.00"),
                            CertificateKind.ORGANIC,
                            "高山油茶籽物理压榨，不添加任何溶剂。")),
            Map.entry(
                    "fengmi",
                    new Family(
                            "honey",
                            TemperatureClass.AMBIENT,
                            730,
                            List.of(4, 5),
                            List.of("永泰百花蜜", "永泰荔枝蜜", "永泰龙眼蜜", "永泰野桂花蜜"),
                            packs(SaleUnit.JAR, 500, "68.00", 1000, "128.00"),
                            CertificateKind.GREEN_FOOD,
                            "山区蜂场自然成熟蜜，不浓缩、不勾兑。")),
            Map.entry(
                    "tieguanyin",
                    new Family(
                            "tea",
                            TemperatureClass.AMBIENT,
                            540,
                            List.of(4, 5, 10),
                            List.of("安溪铁观音 清香型", "安溪铁观音 浓香型", "安溪铁观音 陈香型", "安溪铁观音 秋茶"),
                            packs(SaleUnit.JAR, 250, "168.00", 500, "368.00"),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "安溪高山茶园手工制作，兰花香显，回甘持久。")),
            Map.entry(
                    "dahongpao",
                    new Family(
                            "tea",
                            TemperatureClass.AMBIENT,
                            720,
                            List.of(4, 5),
                            List.of("武夷岩茶 大红袍", "武夷岩茶 肉桂", "武夷岩茶 水仙", "正山小种 红茶"),
                            packs(SaleUnit.JAR, 250, "198.00", 500, "398.00"),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "武夷山正岩产区，传统炭焙，岩骨花香。")),
            Map.entry(
                    "yiner",
                    new Family(
                            "edible-fungi",
                            TemperatureClass.AMBIENT,
                            720,
                            List.of(5, 6, 7, 8, 9, 10),
                            List.of("古田银耳 干货", "古田银耳 雪耳", "古田银耳 冻干羹", "古田香菇"),
                            packs(SaleUnit.BAG, 250, "39.00", 750, "109.00"),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "古田段木与代料栽培，朵大肉厚，易出胶。")),
            Map.entry(
                    "miyou",
                    new Family(
                            "fresh-fruit",
                            TemperatureClass.AMBIENT,
                            60,
                            List.of(9, 10),
                            List.of("平和琯溪蜜柚 白肉", "平和琯溪蜜柚 红肉", "平和琯溪蜜柚 三红", "平和琯溪蜜柚 黄肉"),
                            List.of(
                                    new Pack("2 个装", "2 fruits", SaleUnit.BOX, 2500, "39.90"),
                                    new Pack("6 个装", "6 fruits", SaleUnit.BOX, 7500, "99.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "平和琯溪原产地直发，果肉晶莹，汁多化渣。")),
            Map.entry(
                    "dazhaxie",
                    new Family(
                            "aquatic-products",
                            TemperatureClass.CHILLED,
                            5,
                            List.of(9, 10, 11),
                            List.of("阳澄湖大闸蟹 公蟹 4 两", "阳澄湖大闸蟹 母蟹 3 两", "阳澄湖大闸蟹 公母对蟹", "阳澄湖大闸蟹 家庭装"),
                            List.of(
                                    new Pack("4 只装", "4 crabs", SaleUnit.BOX, 800, "298.00"),
                                    new Pack("8 只礼盒", "8-crab gift box", SaleUnit.GIFT_BOX, 1600, "568.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "巴城阳澄湖围网养殖，青背白肚，鲜活冷链发货。")),
            Map.entry(
                    "longxia",
                    new Family(
                            "aquatic-products",
                            TemperatureClass.FROZEN,
                            180,
                            List.of(5, 6, 7, 8),
                            List.of("盱眙龙虾 十三香", "盱眙龙虾 清水", "盱眙龙虾 蒜蓉", "盱眙龙虾 麻辣"),
                            List.of(
                                    new Pack("750 克盒装", "750 g tray", SaleUnit.BOX, 750, "79.00"),
                                    new Pack("2 千克家庭装", "2 kg family pack", SaleUnit.BOX, 2000, "188.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "盱眙稻田生态养殖，现烧现冻，加热即食。")),
            Map.entry(
                    "zisha",
                    new Family(
                            "handicrafts",
                            TemperatureClass.AMBIENT,
                            3650,
                            List.of(),
                            List.of("宜兴紫砂壶 西施", "宜兴紫砂壶 石瓢", "宜兴紫砂品茗杯", "宜兴紫砂茶叶罐"),
                            List.of(
                                    new Pack("单件", "one piece", SaleUnit.PIECE, 300, "388.00"),
                                    new Pack("礼盒套装", "gift set", SaleUnit.GIFT_BOX, 900, "880.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "丁蜀镇手工制壶，原矿紫泥，附作者证书。")),
            Map.entry(
                    "dami",
                    new Family(
                            "grains",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(10, 11),
                            List.of("泗洪大米 新米", "泗洪大米 稻虾米", "泗洪大米 胚芽米", "泗洪大米 香米"),
                            packs(SaleUnit.BAG, 2500, "39.90", 5000, "69.90"),
                            CertificateKind.GREEN_FOOD,
                            "洪泽湖畔稻田当季新米，现碾现发。")),
            Map.entry(
                    "mudan",
                    new Family(
                            "edible-oils",
                            TemperatureClass.AMBIENT,
                            540,
                            List.of(4, 5, 8),
                            List.of("洛阳牡丹籽油", "洛阳牡丹花茶", "洛阳牡丹饼", "洛阳牡丹花蕊茶"),
                            packs(SaleUnit.BOTTLE, 250, "128.00", 750, "358.00"),
                            CertificateKind.ORGANIC,
                            "洛阳油用牡丹种植基地出品，花开洛阳，香传四方。")),
            Map.entry(
                    "pingguo",
                    new Family(
                            "fresh-fruit",
                            TemperatureClass.AMBIENT,
                            30,
                            List.of(9, 10),
                            List.of("洛宁苹果 红富士", "洛宁苹果 嘎啦", "洛宁苹果 冰糖心", "洛宁苹果 礼品果"),
                            List.of(
                                    new Pack("5 斤装", "2.5 kg", SaleUnit.BOX, 2500, "39.90"),
                                    new Pack("10 斤装", "5 kg", SaleUnit.BOX, 5000, "69.90")),
                            CertificateKind.GREEN_FOOD,
                            "洛宁高海拔果园，昼夜温差大，脆甜多汁。")),
            Map.entry(
                    "shanye",
                    new Family(
                            "vegetables",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(4, 5),
                            List.of("栾川山野菜 蕨菜干", "栾川山野菜 香椿", "栾川土豆粉条", "栾川槲包"),
                            packs(SaleUnit.BAG, 250, "26.00", 750, "72.00"),
                            CertificateKind.POLLUTION_FREE,
                            "伏牛山区采摘，晾晒脱水，开袋泡发即可烹制。")),
            Map.entry(
                    "xiaomi",
                    new Family(
                            "grains",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(9, 10),
                            List.of("宜阳小米 黄小米", "宜阳小米 糯小米", "宜阳红薯粉条", "宜阳杂粮礼盒"),
                            packs(SaleUnit.BAG, 1000, "19.90", 2500, "45.00"),
                            CertificateKind.GREEN_FOOD,
                            "宜阳旱作梯田种植，颗粒饱满，熬粥出油。")),
            Map.entry(
                    "xiaolongxia",
                    new Family(
                            "aquatic-products",
                            TemperatureClass.FROZEN,
                            180,
                            List.of(4, 5, 6, 7),
                            List.of("潜江小龙虾 油焖", "潜江小龙虾 蒜蓉", "潜江小龙虾 虾尾", "潜江小龙虾 清蒸"),
                            List.of(
                                    new Pack("1 千克盒装", "1 kg tray", SaleUnit.BOX, 1000, "89.00"),
                                    new Pack("2 千克家庭装", "2 kg family pack", SaleUnit.BOX, 2000, "168.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "潜江虾稻共作基地，油焖大虾发源地风味。")),
            Map.entry(
                    "tengcha",
                    new Family(
                            "tea",
                            TemperatureClass.AMBIENT,
                            720,
                            List.of(4, 5, 6),
                            List.of("来凤藤茶 芽尖", "来凤藤茶 特级", "来凤藤茶 一级", "来凤藤茶 袋泡"),
                            packs(SaleUnit.JAR, 100, "88.00", 300, "238.00"),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "武陵山区野生显齿蛇葡萄嫩叶制作，入口微苦回甘。")),
            Map.entry(
                    "mijie",
                    new Family(
                            "fresh-fruit",
                            TemperatureClass.AMBIENT,
                            30,
                            List.of(10, 11, 12),
                            List.of("丹江口蜜桔 早熟", "丹江口蜜桔 晚熟", "丹江口蜜桔 精选大果", "丹江口蜜桔 小果"),
                            List.of(
                                    new Pack("5 斤装", "2.5 kg", SaleUnit.BOX, 2500, "29.90"),
                                    new Pack("10 斤装", "5 kg", SaleUnit.BOX, 5000, "52.00")),
                            CertificateKind.GEOGRAPHICAL_INDICATION,
                            "南水北调水源地丹江口库区柑橘，皮薄汁多。")),
            Map.entry(
                    "tao",
                    new Family(
                            "fresh-fruit",
                            TemperatureClass.CHILLED,
                            10,
                            List.of(6, 7, 8),
                            List.of("枣阳油桃", "枣阳水蜜桃", "枣阳黄桃", "枣阳蟠桃"),
                            List.of(
                                    new Pack("5 斤装", "2.5 kg", SaleUnit.BOX, 2500, "39.90"),
                                    new Pack("10 斤装", "5 kg", SaleUnit.BOX, 5000, "69.90")),
                            CertificateKind.GREEN_FOOD,
                            "枣阳桃园树上熟采摘，冷链发货。")),
            Map.entry(
                    "hongshu",
                    new Family(
                            "vegetables",
                            TemperatureClass.AMBIENT,
                            60,
                            List.of(9, 10),
                            List.of("红安红薯 红心", "红安红薯 紫薯", "红安苕粉", "红安花生"),
                            List.of(
                                    new Pack("5 斤装", "2.5 kg", SaleUnit.BOX, 2500, "25.00"),
                                    new Pack("10 斤装", "5 kg", SaleUnit.BOX, 5000, "45.00")),
                            CertificateKind.POLLUTION_FREE,
                            "大别山革命老区沙壤土种植，粉糯香甜。")),
            Map.entry(
                    "xianggu",
                    new Family(
                            "edible-fungi",
                            TemperatureClass.AMBIENT,
                            365,
                            List.of(3, 4, 10, 11),
                            List.of("通山香菇 花菇", "通山香菇 厚菇", "通山黑木耳", "通山菌菇礼盒"),
                            packs(SaleUnit.BAG, 250, "35.00", 750, "99.00"),
                            CertificateKind.GREEN_FOOD,
                            "九宫山林下段木栽培，菇香浓郁。")),
            Map.entry(
                    "lvcha",
                    new Family(
                            "tea",
                            TemperatureClass.AMBIENT,
                            540,
                            List.of(3, 4),
                            List.of("郧西马头山绿茶 明前", "郧西马头山绿茶 雨前", "郧西白茶", "郧西红茶"),
                            packs(SaleUnit.JAR, 125, "98.00", 250, "188.00"),
                            CertificateKind.ORGANIC,
                            "秦巴山区高山茶园，清明前手工采摘。")));
}
