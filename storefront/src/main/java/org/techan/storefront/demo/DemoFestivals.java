package org.techan.storefront.demo;

import java.util.List;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.SolarTerm;

/**
 * The shopping festivals the plans behind the marketplace name: the farmers' harvest festival at the
 * autumn equinox, 年货节 before the Spring Festival, 618 and 双11, and two local ones.
 */
final class DemoFestivals {

    private DemoFestivals() {}

    static final List<CreateFestivalCommand> ALL = List.of(
            new CreateFestivalCommand(
                    "farmers-harvest-festival",
                    "中国农民丰收节",
                    "Farmers’ Harvest Festival",
                    "秋分时节，各地特产馆集中上新当季农产品，卖丰收、庆丰收。",
                    "At the autumn equinox the pavilions bring in the season's harvest.",
                    FestivalDateRule.solarTerm(SolarTerm.AUTUMN_EQUINOX),
                    7,
                    10,
                    null),
            new CreateFestivalCommand(
                    "new-year-goods",
                    "年货节",
                    "New Year Goods Festival",
                    "春节前三周，干货、腊味、茶叶礼盒，把家乡的年味寄回家。",
                    "Three weeks before the Spring Festival: dried goods, cured meats and tea gift boxes.",
                    FestivalDateRule.lunar(1, 1).shifted(-21),
                    21,
                    7,
                    null),
            new CreateFestivalCommand(
                    "mid-year-618",
                    "618 年中购物节",
                    "618 Mid-year Festival",
                    "6 月 1 日至 18 日，初夏鲜果和新茶。",
                    "June 1 to 18: early-summer fruit and new tea.",
                    FestivalDateRule.fixed(6, 1),
                    18,
                    7,
                    null),
            new CreateFestivalCommand(
                    "double-eleven",
                    "双11 购物节",
                    "Double 11",
                    "11 月 1 日至 11 日，秋冬特产囤货季。",
                    "November 1 to 11: stock up on autumn and winter specialties.",
                    FestivalDateRule.fixed(11, 1),
                    11,
                    10,
                    null),
            new CreateFestivalCommand(
                    "luoyang-peony-festival",
                    "洛阳牡丹文化节",
                    "Luoyang Peony Culture Festival",
                    "4 月牡丹花开，洛阳特产馆推出牡丹花茶、牡丹籽油和洛宁苹果。",
                    "Peonies bloom in April: peony tea, peony seed oil and Luoning apples.",
                    FestivalDateRule.fixed(4, 1),
                    35,
                    10,
                    "luoyang"),
            new CreateFestivalCommand(
                    "yongtai-plum-blossom-festival",
                    "永泰李花节",
                    "Yongtai Plum Blossom Festival",
                    "早春李花漫山，永泰特产馆的李干、蜜饯和绿茶一起赏花季。",
                    "Early-spring plum blossom in Yongtai: dried plums, preserves and green tea.",
                    FestivalDateRule.fixed(2, 25),
                    20,
                    7,
                    "yongtai"));
}
