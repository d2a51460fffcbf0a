package org.crosscheck.provenance;

import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/** An invented wire story and texts derived from it (people, places and outlets are made up). */
final class WireStory {

    private WireStory() {
    }

    static Article article(String id, String date, String text) {
        PartialDate published = date == null ? null : PartialDate.parseIso(date).orElseThrow();
        return new Article(id, id + ".txt", null, null, null, published, null, "en", text);
    }

    static final String WIRE = """
            The regional water board of Lassenmoor will raise household charges by nine percent from July, \
            its chair Ottilie Brandt announced on Thursday.

            Brandt said the increase would pay for replacing forty kilometres of cast-iron pipes that date \
            from the nineteen-twenties. Leaks from those pipes waste about a fifth of the water the board \
            treats each year. The board expects the work to take six years and to cost 210 million crowns.

            Consumer groups criticised the decision. Henrik Salo of the Lassenmoor Tenants Union said \
            pensioners would struggle with higher bills during a cold winter. The board promised a hardship \
            fund for low-income households but gave no figure for it.

            The charges were last raised four years ago, when the board built a new treatment plant at Veld.""";

    static final String WIRE_FOOTER = "\n\nNordwire news service. Distributed to subscribers only.";

    /** (a) the wire text as another site publishes it, with its own footer. */
    static final String COPY = WIRE + "\n\nRead more local news at the Lassenmoor Post. Follow us for updates.";

    /** (b) a light rewrite: new intro, a few words changed per sentence, two sentences dropped. */
    static final String REWRITE = """
            Households across Lassenmoor face higher water bills this summer.

            The regional water board of Lassenmoor is to raise household charges by nine percent from July, \
            its chair Ottilie Brandt announced this Thursday.

            Brandt said the rise would pay for replacing forty kilometres of old cast-iron pipes that date \
            from the nineteen-twenties. Leaks from these pipes waste roughly a fifth of the water the board \
            treats every year.

            Consumer groups sharply criticised the decision. Henrik Salo of the Lassenmoor Tenants Union said \
            many pensioners would struggle with higher bills during a cold winter. The board promised a \
            hardship fund for low-income households but did not give a figure for it.""";

    /** (c) own reporting that quotes two sentences of the wire copy. */
    static final String QUOTING = """
            At the Veld allotments on Saturday, gardeners were already counting the cost of their watering cans. \
            Greta Holm, who has grown beans there for thirty years, said she would collect rain in barrels instead.

            The regional water board of Lassenmoor will raise household charges by nine percent from July, \
            its chair Ottilie Brandt announced on Thursday. Leaks from those pipes waste about a fifth of the \
            water the board treats each year.

            The allotment society plans to ask the council for a cheaper rate for community gardens. Its \
            secretary, Arvo Kask, wants a meeting before the spring planting begins. Several members said \
            they had never seen the society so united. A petition at the gate had gathered two hundred \
            names by the afternoon, and more volunteers signed up to collect signatures in the town square \
            next weekend.""";

    /** (e) the wire text with words swapped for synonyms in every sentence, order and facts kept. */
    static final String SYNONYMS = """
            The regional water authority of Lassenmoor will increase domestic charges by nine percent from July, \
            its head Ottilie Brandt declared on Thursday.

            Brandt stated the rise would fund substituting forty kilometres of cast-iron pipes that stem \
            from the nineteen-twenties. Leaks from those conduits squander roughly a fifth of the water the authority \
            processes every year. The authority anticipates the job to last six years and to cost 210 million crowns.

            Consumer organisations condemned the ruling. Henrik Salo of the Lassenmoor Tenants Union stated \
            retirees would battle with bigger bills during a frigid winter. The authority pledged a hardship \
            fund for poor households but offered no number for it.

            The charges were previously increased four years ago, when the authority constructed a new treatment works at Veld.""";

    /** (d) an independent report of the same event in different words. */
    static final String INDEPENDENT = """
            Water in Lassenmoor is getting dearer. Bills will go up by nine percent in July under a plan \
            confirmed by Ottilie Brandt, who chairs the water board.

            The money is meant for new mains: about forty kilometres of ageing iron pipe, some laid a century \
            ago, are to be dug up over six years. Brandt put the total at 210 million crowns.

            Henrik Salo, speaking for tenants, warned that older residents already find winter bills hard \
            to pay. A support scheme for poorer homes was mentioned, without an amount.""";
}
