package org.crosscheck.cluster;

import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/** Invented reports (places, people and outlets are made up) for clustering tests. */
final class InventedNews {

    private InventedNews() {
    }

    static Article article(String id, String date, String title, String text) {
        PartialDate published = date == null ? null : PartialDate.parseIso(date).orElseThrow();
        return new Article(id, id + ".txt", null, title, null, published, id.split("-")[0], "en", text);
    }

    /** A fire at a furniture warehouse in Brackenford, 2024-03-05, told by three outlets. */
    static List<Article> brackenfordFire() {
        return List.of(
                article("courier-bf", "2024-03-05", "Fire destroys furniture warehouse in Brackenford", """
                        A fire destroyed a furniture warehouse on Mill Lane in Brackenford on Tuesday, \
                        and firefighters needed six hours to bring the blaze under control.

                        Chief fire officer Dana Whitlock said the flames started near a loading bay and \
                        spread through the roof of the Hollis Furniture depot. About forty workers were \
                        sent home. Mill Lane stayed closed into the evening."""),
                article("gazette-bf", "2024-03-05", "Blaze at Hollis Furniture depot, Mill Lane closed", """
                        Crews from three stations fought a blaze at the Hollis Furniture depot in \
                        Brackenford for most of Tuesday afternoon.

                        Dana Whitlock, who leads the county fire service, told reporters the roof had \
                        collapsed. Nobody was injured. Traffic on Mill Lane was diverted while smoke \
                        drifted over the town."""),
                article("herald-bf", "2024-03-06", "Brackenford warehouse fire: investigators return", """
                        Investigators returned on Wednesday to the burnt-out Hollis Furniture warehouse \
                        in Brackenford, a day after the fire gutted the building on Mill Lane.

                        Fire chief Dana Whitlock said the cause was not yet known. The company said its \
                        forty staff would be paid while the Brackenford site is rebuilt."""));
    }

    /** A fire at a paper warehouse in Kellsbury, 2024-03-07: the same kind of event elsewhere. */
    static List<Article> kellsburyFire() {
        return List.of(
                article("courier-kb", "2024-03-07", "Paper warehouse burns in Kellsbury harbour", """
                        A warehouse full of paper rolls burned on Harbour Road in Kellsbury on Thursday \
                        night, sending a column of smoke across the estuary.

                        Station manager Piet Oduya said twenty firefighters kept the blaze from reaching \
                        the Kellsbury ferry terminal next door. The Stellan Paper building is a total loss."""),
                article("gazette-kb", "2024-03-08", "Stellan Paper store lost to overnight fire", """
                        The Stellan Paper store on Kellsbury's Harbour Road was lost to a fire overnight, \
                        Piet Oduya of the harbour fire station said on Friday.

                        Firefighters protected the ferry terminal. Ferries to Orrin Island ran late while \
                        crews damped down the warehouse."""),
                article("herald-kb", "2024-03-08", "Kellsbury ferries delayed after harbour warehouse fire", """
                        Ferries from Kellsbury to Orrin Island were delayed on Friday morning after a fire \
                        destroyed a paper warehouse on Harbour Road.

                        Piet Oduya, the station manager, praised the crews who worked through the night. \
                        Stellan Paper said no staff were in the building."""));
    }

    /** Unrelated reports from the same week. */
    static List<Article> unrelated() {
        return List.of(
                article("courier-lib", "2024-03-06", "Ostrava Heights libraries get longer hours", """
                        The council of Ostrava Heights approved a budget on Wednesday that keeps its three \
                        libraries open on Sundays, after a long debate about heating costs.

                        Councillor Mira Lenz said the reading rooms were full every weekend."""),
                article("gazette-cyc", "2024-03-07", "Tarnwick cyclists raise money for canal bridge", """
                        A cycling club in Tarnwick has raised enough money to rebuild the wooden footbridge \
                        over the canal, its treasurer Ivo Mends said.

                        The old bridge was closed for repairs last spring."""),
                article("herald-fc", "2024-03-09", "Dunmore Athletic win cup semi-final", """
                        Dunmore Athletic beat Selby Rovers two goals to one in the county cup semi-final, \
                        with a late header from captain Joss Arden.

                        The final will be played in Wrenfield in April."""));
    }
}
