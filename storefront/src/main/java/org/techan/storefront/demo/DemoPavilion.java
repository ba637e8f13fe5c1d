package org.techan.storefront.demo;

import java.util.List;
import org.techan.catalog.OpenPavilionCommand;

/** The eight demo pavilions and the shops each features first. */
record DemoPavilion(
        String slug,
        String region,
        String nameZh,
        String nameEn,
        String storyZh,
        String storyEn,
        List<String> featured) {

    OpenPavilionCommand command() {
        return new OpenPavilionCommand(slug, region, nameZh, nameEn, storyZh, storyEn, null);
    }

    static final List<DemoPavilion> ALL = List.of(
            new DemoPavilion(
                    "fujian",
                    "35",
                    "福建特产馆",
                    "Fujian Pavilion",
                    "清新福建，山海之间的好物：铁观音、大红袍、古田银耳、平和蜜柚。",
                    "From Fujian’s mountains and coast: Tieguanyin, Da Hong Pao, Gutian tremella, Pinghe pomelo.",
                    List.of("anxi-tieguanyin", "wuyi-dahongpao", "gutian-yiner")),
            new DemoPavilion(
                    "yongtai",
                    "350125",
                    "永泰县馆",
                    "Yongtai County Pavilion",
                    "李干之乡，山水永泰。21 个乡镇的李干、蜜饯、茶油与蜂蜜。",
                    "Home of dried plums: plums, candied fruit, camellia oil and honey from 21 townships.",
                    List.of("songkou-ligan", "dayang-chayou", "baiyun-fengmi")),
            new DemoPavilion(
                    "jiangsu",
                    "32",
                    "江苏特产馆",
                    "Jiangsu Pavilion",
                    "一村一品一店：阳澄湖大闸蟹、盱眙龙虾、宜兴紫砂、泗洪大米。",
                    "One village, one product, one shop: hairy crab, crayfish, Yixing teapots, Sihong rice.",
                    List.of("yangcheng-crab", "xuyi-longxia", "yixing-zisha")),
            new DemoPavilion(
                    "luoyang",
                    "4103",
                    "洛阳特产馆",
                    "Luoyang Pavilion",
                    "千年帝都，牡丹花城：牡丹籽油、洛宁苹果、栾川山珍。",
                    "City of peonies: peony seed oil, Luoning apples, Luanchuan mountain greens.",
                    List.of("luoyang-mudan", "luoning-apple")),
            new DemoPavilion(
                    "hubei",
                    "42",
                    "湖北特产馆",
                    "Hubei Pavilion",
                    "千湖之省的味道，电子商务进农村示范县好物集。",
                    "Tastes of the province of a thousand lakes, from its rural e-commerce demonstration counties.",
                    List.of("qianjiang-longxia", "danjiangkou-mijie")),
            new DemoPavilion(
                    "qianjiang",
                    "429005",
                    "潜江馆",
                    "Qianjiang Pavilion",
                    "中国小龙虾之乡，虾稻共作，油焖大虾的故乡。",
                    "China’s crayfish capital, where rice and crayfish are farmed together.",
                    List.of("qianjiang-longxia", "qianjiang-xiadao")),
            new DemoPavilion(
                    "laifeng",
                    "422827",
                    "来凤县馆",
                    "Laifeng County Pavilion",
                    "武陵山区的藤茶，土家人的待客茶。",
                    "Vine tea from the Wuling mountains, the Tujia people’s welcome.",
                    List.of("laifeng-tengcha")),
            new DemoPavilion(
                    "shiyan",
                    "4203",
                    "十堰特产馆",
                    "Shiyan Pavilion",
                    "南水北调水源地：丹江口蜜桔、郧西马头山绿茶。",
                    "The source of the South–North water transfer: Danjiangkou tangerines, Yunxi green tea.",
                    List.of("danjiangkou-mijie", "yunxi-lvcha")));
}
