#include "core/demo/demonames.h"

namespace SalesSync::DemoNames {

const QList<City> &cities()
{
    static const QList<City> list = {
        {u"Berlin", u"Ost", 52.5200, 13.4050, u"10", u"30", 36},
        {u"Hamburg", u"Nord", 53.5511, 9.9937, u"20", u"40", 18},
        {u"München", u"Süd", 48.1374, 11.5755, u"80", u"89", 15},
        {u"Köln", u"West", 50.9375, 6.9603, u"50", u"221", 11},
        {u"Frankfurt am Main", u"Süd", 50.1109, 8.6821, u"60", u"69", 8},
        {u"Stuttgart", u"Süd", 48.7758, 9.1829, u"70", u"711", 6},
        {u"Düsseldorf", u"West", 51.2277, 6.7735, u"40", u"211", 6},
        {u"Leipzig", u"Ost", 51.3397, 12.3731, u"04", u"341", 6},
        {u"Dortmund", u"West", 51.5136, 7.4653, u"44", u"231", 6},
        {u"Essen", u"West", 51.4556, 7.0116, u"45", u"201", 6},
        {u"Bremen", u"Nord", 53.0793, 8.8017, u"28", u"421", 6},
        {u"Dresden", u"Ost", 51.0504, 13.7373, u"01", u"351", 6},
        {u"Hannover", u"Nord", 52.3759, 9.7320, u"30", u"511", 5},
        {u"Nürnberg", u"Süd", 49.4521, 11.0767, u"90", u"911", 5},
        {u"Duisburg", u"West", 51.4344, 6.7623, u"47", u"203", 5},
        {u"Bochum", u"West", 51.4818, 7.2162, u"44", u"234", 4},
        {u"Wuppertal", u"West", 51.2562, 7.1508, u"42", u"202", 4},
        {u"Bielefeld", u"West", 52.0302, 8.5325, u"33", u"521", 3},
        {u"Bonn", u"West", 50.7374, 7.0982, u"53", u"228", 3},
        {u"Münster", u"West", 51.9607, 7.6261, u"48", u"251", 3},
        {u"Mannheim", u"Süd", 49.4875, 8.4660, u"68", u"621", 3},
        {u"Karlsruhe", u"Süd", 49.0069, 8.4037, u"76", u"721", 3},
        {u"Augsburg", u"Süd", 48.3705, 10.8978, u"86", u"821", 3},
        {u"Wiesbaden", u"Süd", 50.0782, 8.2398, u"65", u"611", 3},
        {u"Kiel", u"Nord", 54.3233, 10.1228, u"24", u"431", 2},
        {u"Magdeburg", u"Ost", 52.1205, 11.6276, u"39", u"391", 2},
        {u"Freiburg im Breisgau", u"Süd", 47.9990, 7.8421, u"79", u"761", 2},
        {u"Lübeck", u"Nord", 53.8655, 10.6866, u"23", u"451", 2},
        {u"Erfurt", u"Ost", 50.9848, 11.0299, u"99", u"361", 2},
        {u"Rostock", u"Nord", 54.0924, 12.0991, u"18", u"381", 2},
        {u"Potsdam", u"Ost", 52.3906, 13.0645, u"14", u"331", 2},
        {u"Chemnitz", u"Ost", 50.8278, 12.9214, u"09", u"371", 2},
        {u"Regensburg", u"Süd", 49.0134, 12.1016, u"93", u"941", 1},
        {u"Osnabrück", u"Nord", 52.2799, 8.0472, u"49", u"541", 1},
    };
    return list;
}

const QList<const char16_t *> &firstNames()
{
    static const QList<const char16_t *> list = {
        u"Anna",      u"Lena",   u"Julia",     u"Sarah",    u"Laura",      u"Katharina", u"Sophie",  u"Marie",
        u"Hannah",    u"Lea",    u"Sabine",    u"Petra",    u"Andrea",     u"Claudia",   u"Monika",  u"Birgit",
        u"Susanne",   u"Nicole", u"Stefanie",  u"Ayşe",     u"Elif",       u"Zeynep",    u"Fatma",   u"Agnieszka",
        u"Katarzyna", u"Elena",  u"Ioana",     u"Giulia",   u"Maria",      u"Ingrid",    u"Thomas",  u"Michael",
        u"Andreas",   u"Stefan", u"Christian", u"Markus",   u"Frank",      u"Jürgen",    u"Uwe",     u"Klaus",
        u"Jan",       u"Lukas",  u"Felix",     u"Jonas",    u"Maximilian", u"Tobias",    u"Florian", u"Sebastian",
        u"Daniel",    u"Tim",    u"Mehmet",    u"Mustafa",  u"Ahmet",      u"Ali",       u"Piotr",   u"Tomasz",
        u"Marco",     u"Luca",   u"Dimitrios", u"Nikola",   u"Bernd",      u"Dieter",    u"Ralf",    u"Holger",
        u"Sven",      u"Jörg",   u"Björn",     u"Matthias", u"René",       u"Günther",
    };
    return list;
}

const QList<const char16_t *> &lastNames()
{
    static const QList<const char16_t *> list = {
        u"Müller",    u"Schmidt",  u"Schneider", u"Fischer",    u"Weber",   u"Meyer",   u"Wagner",       u"Becker",
        u"Schulz",    u"Hoffmann", u"Schäfer",   u"Koch",       u"Bauer",   u"Richter", u"Klein",        u"Wolf",
        u"Schröder",  u"Neumann",  u"Schwarz",   u"Zimmermann", u"Braun",   u"Krüger",  u"Hofmann",      u"Hartmann",
        u"Lange",     u"Schmitt",  u"Werner",    u"Schmitz",    u"Krause",  u"Meier",   u"Lehmann",      u"Schmid",
        u"Schulze",   u"Maier",    u"Köhler",    u"Herrmann",   u"König",   u"Walter",  u"Mayer",        u"Huber",
        u"Kaiser",    u"Fuchs",    u"Peters",    u"Lang",       u"Scholz",  u"Möller",  u"Weiß",         u"Jung",
        u"Hahn",      u"Schubert", u"Vogel",     u"Friedrich",  u"Keller",  u"Günther", u"Frank",        u"Berger",
        u"Winkler",   u"Roth",     u"Beck",      u"Lorenz",     u"Baumann", u"Franke",  u"Albrecht",     u"Schuster",
        u"Simon",     u"Ludwig",   u"Böhm",      u"Winter",     u"Kraus",   u"Martin",  u"Schumacher",   u"Krämer",
        u"Vogt",      u"Stein",    u"Jäger",     u"Otto",       u"Sommer",  u"Groß",    u"Seidel",       u"Heinrich",
        u"Brandt",    u"Haas",     u"Schreiber", u"Graf",       u"Yılmaz",  u"Kaya",    u"Demir",        u"Şahin",
        u"Çelik",     u"Nowak",    u"Kowalski",  u"Wiśniewski", u"Rossi",   u"Russo",   u"Papadopoulos", u"Popescu",
        u"Jovanović", u"Nguyen",   u"Dąbrowski", u"Öztürk",
    };
    return list;
}

const QList<const char16_t *> &businessTypes()
{
    static const QList<const char16_t *> list = {
        u"Bäckerei",      u"Kiosk",  u"Getränkemarkt", u"Feinkost",     u"Tankstelle", u"Supermarkt", u"Metzgerei",
        u"Bistro",        u"Café",   u"Restaurant",    u"Hotel",        u"Späti",      u"Drogerie",   u"Lebensmittel",
        u"Obst & Gemüse", u"Imbiss", u"Gasthaus",      u"Weinhandlung", u"Reformhaus", u"Markt",
    };
    return list;
}

const QList<const char16_t *> &streetNames()
{
    static const QList<const char16_t *> list = {
        u"Hauptstraße", u"Schulstraße",     u"Gartenstraße",    u"Bahnhofstraße", u"Dorfstraße",
        u"Bergstraße",  u"Birkenweg",       u"Lindenstraße",    u"Kirchstraße",   u"Waldstraße",
        u"Ringstraße",  u"Schillerstraße",  u"Goethestraße",    u"Mühlenweg",     u"Wiesenweg",
        u"Am Markt",    u"Friedrichstraße", u"Marktplatz",      u"Rosenstraße",   u"Jahnstraße",
        u"Poststraße",  u"Beethovenstraße", u"Industriestraße", u"Feldstraße",    u"Kastanienallee",
        u"Königsallee", u"Parkstraße",      u"Uhlandstraße",    u"Talstraße",     u"Eichendorffstraße",
    };
    return list;
}

const QList<const char16_t *> &districts()
{
    static const QList<const char16_t *> list = {u"Mitte",  u"Nord",    u"Süd",      u"Ost",
                                                 u"West",   u"Nordost", u"Südwest",  u"Nordwest",
                                                 u"Südost", u"Zentrum", u"Altstadt", u"Hafen"};
    return list;
}

const QList<ProductFamily> &productFamilies()
{
    static const QList<ProductFamily> list = {
        {u"Beverages",
         u"BEV",
         u"case",
         1900,
         599,
         3499,
         {u"Mineral water still 12x1 l", u"Mineral water sparkling 12x1 l", u"Apple spritzer 12x0.5 l",
          u"Cola 24x0.33 l", u"Lemonade 24x0.33 l", u"Orange juice 6x1 l", u"Iced tea peach 12x0.5 l",
          u"Energy drink 24x0.25 l", u"Malt beer 24x0.33 l", u"Cold brew coffee 12x0.25 l"}},
        {u"Beer & Wine",
         u"BWN",
         u"case",
         1900,
         899,
         4999,
         {u"Pils 20x0.5 l", u"Helles 20x0.5 l", u"Weißbier 20x0.5 l", u"Kölsch 24x0.33 l", u"Riesling dry 6x0.75 l",
          u"Pinot Noir 6x0.75 l", u"Prosecco 6x0.75 l", u"Alcohol-free Pils 20x0.5 l"}},
        {u"Snacks",
         u"SNK",
         u"pc",
         700,
         89,
         449,
         {u"Potato crisps paprika 175 g", u"Potato crisps salted 175 g", u"Salted pretzels 250 g",
          u"Peanuts roasted 200 g", u"Chocolate bar milk 100 g", u"Chocolate bar dark 100 g", u"Gummy bears 200 g",
          u"Butter biscuits 200 g", u"Muesli bar 25 g", u"Tortilla chips 200 g"}},
        {u"Dairy",
         u"DRY",
         u"pc",
         700,
         59,
         699,
         {u"Fresh milk 3.5 % 1 l", u"Butter 250 g", u"Natural yoghurt 500 g", u"Gouda sliced 400 g",
          u"Emmental sliced 200 g", u"Quark 250 g", u"Cream 200 ml", u"Oat drink 1 l"}},
        {u"Bakery",
         u"BAK",
         u"kg",
         700,
         249,
         1299,
         {u"Rye bread", u"Mixed grain bread", u"Bread rolls dough", u"Croissant dough", u"Pretzel dough"}},
        {u"Coffee & Tea",
         u"COF",
         u"pc",
         700,
         249,
         2499,
         {u"Coffee beans espresso 1 kg", u"Coffee ground 500 g", u"Coffee pads 36 pcs", u"Black tea 25 bags",
          u"Peppermint tea 25 bags", u"Green tea 20 bags"}},
        {u"Household",
         u"HHD",
         u"pc",
         1900,
         99,
         1499,
         {u"Dish soap 500 ml", u"All-purpose cleaner 1 l", u"Kitchen roll 4 rolls", u"Toilet paper 10 rolls",
          u"Garbage bags 35 l 50 pcs", u"Sponges 10 pcs", u"Laundry detergent 20 loads"}},
        {u"Personal care",
         u"PRC",
         u"pc",
         1900,
         99,
         999,
         {u"Shower gel 250 ml", u"Shampoo 300 ml", u"Toothpaste 75 ml", u"Hand soap 300 ml", u"Deodorant 150 ml",
          u"Sun cream SPF 30 200 ml"}},
        {u"Tobacco & Lottery",
         u"TOB",
         u"pc",
         1900,
         150,
         1200,
         {u"Lighter", u"Rolling papers", u"Lottery ticket stand", u"Filter tips 150 pcs"}},
    };
    return list;
}

const QList<const char16_t *> &productVariants()
{
    static const QList<const char16_t *> list = {u"", u" (Organic)", u" (Value)", u" (Premium)", u" (Regional)"};
    return list;
}

const QList<const char16_t *> &visitOutcomes()
{
    static const QList<const char16_t *> list = {u"Order taken",
                                                 u"Order taken",
                                                 u"Order taken",
                                                 u"No order: stock full",
                                                 u"No order: owner absent",
                                                 u"Promotion placed",
                                                 u"Complaint handled",
                                                 u"Payment collected"};
    return list;
}

const QList<const char16_t *> &visitNotes()
{
    static const QList<const char16_t *> list = {
        u"",
        u"",
        u"Shelf space on the left of the entrance is ours until end of month.",
        u"Owner asks for a better price on beverages; offer volume discount next time.",
        u"New manager starting next week, introduce the catalogue.",
        u"Cooler door broken, informed service.",
        u"Wants the summer promotion display.",
        u"Pays cash only, bring change.",
        u"Delivery ramp blocked on Fridays, deliver Thursday.",
        u"Asked about alcohol-free range.",
    };
    return list;
}

const QList<const char16_t *> &offSiteReasons()
{
    static const QList<const char16_t *> list = {
        u"Met the owner at the wholesale market", u"GPS inaccurate inside the shopping centre",
        u"Customer moved to a temporary location during renovation", u"Parked around the corner, road closed"};
    return list;
}

const QList<const char16_t *> &cancelReasons()
{
    static const QList<const char16_t *> list = {u"Customer asked to postpone", u"Shop closed for holidays",
                                                 u"Agent ill", u"Road closed"};
    return list;
}

const QList<const char16_t *> &reversalReasons()
{
    static const QList<const char16_t *> list = {u"Cheque returned unpaid", u"Payment booked on the wrong customer",
                                                 u"Goods returned damaged", u"Duplicate entry",
                                                 u"Price correction agreed with the manager"};
    return list;
}

} // namespace SalesSync::DemoNames
