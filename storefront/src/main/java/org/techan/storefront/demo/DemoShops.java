package org.techan.storefront.demo;

import java.util.List;
import org.techan.catalog.ShopKind;

/** Forty demo shops: one village, one product, one shop, across the regions of the five plans. */
final class DemoShops {

    private DemoShops() {}

    record Shop(
            String slug,
            ShopKind kind,
            String nameZh,
            String nameEn,
            String township,
            String village,
            String villageName,
            String family,
            String specialty) {

        String villageCode() {
            return township + village;
        }
    }

    private static Shop coop(
            String slug,
            String nameZh,
            String nameEn,
            String township,
            String village,
            String villageName,
            String family,
            String specialty) {
        return new Shop(slug, ShopKind.COOPERATIVE, nameZh, nameEn, township, village, villageName, family, specialty);
    }

    private static Shop farm(
            String slug,
            String nameZh,
            String nameEn,
            String township,
            String village,
            String villageName,
            String family,
            String specialty) {
        return new Shop(slug, ShopKind.FAMILY_FARM, nameZh, nameEn, township, village, villageName, family, specialty);
    }

    private static Shop base(
            String slug,
            String nameZh,
            String nameEn,
            String township,
            String village,
            String villageName,
            String family,
            String specialty) {
        return new Shop(
                slug, ShopKind.PRODUCING_BASE, nameZh, nameEn, township, village, villageName, family, specialty);
    }

    static final List<Shop> ALL = List.of(
            coop("songkou-ligan", "嵩口李干专业合作社", "Songkou Dried Plum Co-op", "350125101", "201", "月洲村", "ligan", "李干"),
            coop("wutong-ligan", "梧桐芙蓉李合作社", "Wutong Furong Plum Co-op", "350125102", "201", "坵演村", "ligan", "李干"),
            farm("chixi-ligan", "赤锡李干家庭农场", "Chixi Plum Family Farm", "350125203", "201", "赤锡村", "ligan", "李干"),
            base("gaiyang-ligan", "盖洋李果生产基地", "Gaiyang Plum Base", "350125205", "201", "盖洋村", "ligan", "李干"),
            coop("geling-mijian", "葛岭蜜饯合作社", "Geling Candied Fruit Co-op", "350125103", "201", "蒲边村", "mijian", "蜜饯"),
            coop(
                    "chengfeng-mijian",
                    "城峰青梅合作社",
                    "Chengfeng Green Plum Co-op",
                    "350125104",
                    "201",
                    "三捷村",
                    "mijian",
                    "蜜饯"),
            farm(
                    "tangqian-mijian",
                    "塘前橄榄家庭农场",
                    "Tangqian Olive Family Farm",
                    "350125200",
                    "201",
                    "塘前村",
                    "mijian",
                    "橄榄"),
            coop("dayang-chayou", "大洋山茶油合作社", "Dayang Camellia Oil Co-op", "350125108", "201", "大洋村", "chayou", "茶油"),
            base("danyun-chayou", "丹云油茶生产基地", "Danyun Camellia Base", "350125211", "201", "丹云村", "chayou", "茶油"),
            coop("xiaba-chayou", "霞拔茶油合作社", "Xiaba Tea Oil Co-op", "350125207", "201", "霞拔村", "chayou", "茶油"),
            coop("baiyun-fengmi", "白云蜂业合作社", "Baiyun Apiary Co-op", "350125210", "201", "白云村", "fengmi", "蜂蜜"),
            farm("pangu-fengmi", "盘谷蜂蜜家庭农场", "Pangu Honey Family Farm", "350125208", "201", "盘谷村", "fengmi", "蜂蜜"),
            coop("hongxing-fengmi", "红星土蜂蜜合作社", "Hongxing Honey Co-op", "350125209", "201", "红星村", "fengmi", "蜂蜜"),
            farm("qingliang-fengmi", "清凉蜂场家庭农场", "Qingliang Bee Farm", "350125105", "201", "清凉村", "fengmi", "蜂蜜"),
            coop(
                    "anxi-tieguanyin",
                    "安溪铁观音茶叶合作社",
                    "Anxi Tieguanyin Co-op",
                    "350524100",
                    "201",
                    "茶乡村",
                    "tieguanyin",
                    "铁观音"),
            base(
                    "anxi-tea-base",
                    "安溪高山茶生产基地",
                    "Anxi Mountain Tea Base",
                    "350524100",
                    "202",
                    "云岭村",
                    "tieguanyin",
                    "铁观音"),
            coop("wuyi-dahongpao", "武夷山岩茶合作社", "Wuyi Rock Tea Co-op", "350782100", "201", "桐木村", "dahongpao", "大红袍"),
            farm("wuyi-zhengyan", "星村正岩茶家庭农场", "Xingcun Rock Tea Farm", "350782100", "202", "黄柏村", "dahongpao", "岩茶"),
            coop("gutian-yiner", "古田银耳专业合作社", "Gutian Tremella Co-op", "350922100", "201", "银耳村", "yiner", "银耳"),
            base("gutian-fungi", "古田食用菌生产基地", "Gutian Mushroom Base", "350922100", "202", "菌都村", "yiner", "食用菌"),
            coop("pinghe-miyou", "平和琯溪蜜柚合作社", "Pinghe Pomelo Co-op", "350628100", "201", "琯溪村", "miyou", "蜜柚"),
            coop(
                    "yangcheng-crab",
                    "巴城阳澄湖大闸蟹合作社",
                    "Bacheng Hairy Crab Co-op",
                    "320583100",
                    "201",
                    "湖滨村",
                    "dazhaxie",
                    "大闸蟹"),
            farm("bacheng-crab", "阳澄湖蟹农家庭农场", "Yangcheng Lake Crab Farm", "320583100", "202", "绰墩村", "dazhaxie", "大闸蟹"),
            coop("xuyi-longxia", "盱眙龙虾合作社", "Xuyi Crayfish Co-op", "320830100", "201", "龙虾村", "longxia", "龙虾"),
            base("xuyi-daoxia", "盱眙稻虾共作基地", "Xuyi Rice-Crayfish Base", "320830100", "202", "稻香村", "longxia", "龙虾"),
            coop("yixing-zisha", "丁蜀紫砂手工合作社", "Dingshu Zisha Co-op", "320282100", "201", "紫砂村", "zisha", "紫砂"),
            coop("sihong-dami", "泗洪大米合作社", "Sihong Rice Co-op", "321324100", "201", "稻田村", "dami", "大米"),
            coop("luoning-apple", "洛宁苹果专业合作社", "Luoning Apple Co-op", "410328100", "201", "果园村", "pingguo", "苹果"),
            farm(
                    "luoning-orchard",
                    "洛宁高山果园家庭农场",
                    "Luoning Highland Orchard",
                    "410328100",
                    "202",
                    "上戈村",
                    "pingguo",
                    "苹果"),
            coop(
                    "luanchuan-shanye",
                    "栾川山野菜合作社",
                    "Luanchuan Wild Greens Co-op",
                    "410324100",
                    "201",
                    "伏牛村",
                    "shanye",
                    "山野菜"),
            coop("yiyang-xiaomi", "宜阳小米合作社", "Yiyang Millet Co-op", "410327100", "201", "梯田村", "xiaomi", "小米"),
            base("luoyang-mudan", "洛阳牡丹产业基地", "Luoyang Peony Base", "410327100", "202", "牡丹村", "mudan", "牡丹"),
            coop(
                    "qianjiang-longxia",
                    "潜江小龙虾合作社",
                    "Qianjiang Crayfish Co-op",
                    "429005100",
                    "201",
                    "虾稻村",
                    "xiaolongxia",
                    "小龙虾"),
            base(
                    "qianjiang-xiadao",
                    "潜江虾稻共作基地",
                    "Qianjiang Rice-Crayfish Base",
                    "429005100",
                    "202",
                    "返湾村",
                    "xiaolongxia",
                    "小龙虾"),
            coop("laifeng-tengcha", "来凤藤茶专业合作社", "Laifeng Vine Tea Co-op", "422827100", "201", "藤茶村", "tengcha", "藤茶"),
            coop(
                    "danjiangkou-mijie",
                    "丹江口蜜桔合作社",
                    "Danjiangkou Tangerine Co-op",
                    "420381100",
                    "201",
                    "柑橘村",
                    "mijie",
                    "蜜桔"),
            farm("zaoyang-tao", "枣阳桃园家庭农场", "Zaoyang Peach Farm", "420683100", "201", "桃园村", "tao", "桃"),
            coop("hongan-hongshu", "红安红薯合作社", "Hong’an Sweet Potato Co-op", "421122100", "201", "老区村", "hongshu", "红薯"),
            coop("tongshan-xianggu", "通山香菇合作社", "Tongshan Shiitake Co-op", "421224100", "201", "九宫村", "xianggu", "香菇"),
            coop("yunxi-lvcha", "郧西马头山茶叶合作社", "Yunxi Matoushan Tea Co-op", "420322100", "201", "马头山村", "lvcha", "绿茶"));
}
