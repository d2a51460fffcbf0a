package org.crosscheck.provenance;

/**
 * An invented wire story, two outlets' paraphrase rewrites of it (sentences reworded, merged,
 * split and moved, some dropped, commentary added) and an independent report of the same event
 * with the same facts in its own words and quotes. People, places, outlets and events are made up.
 */
public final class FerryStory {

    private FerryStory() {
    }

    public static final String WIRE = """
            A passenger ferry carrying 143 people ran aground off the island of Skarholm early on Wednesday, \
            the coast guard said.

            All passengers and eleven crew members were taken off the vessel by lifeboats and brought to the \
            harbour at Vessby within three hours. Four people were treated for minor injuries at the Vessby \
            health centre, according to coast guard spokeswoman Maren Tollefsen.

            The ferry, the Alva Nord, had left the mainland port of Rostad at 5.40 a.m. and was due to reach \
            Skarholm an hour later. Tollefsen said the ship struck a sandbank in thick fog about two kilometres \
            from the island.

            "The crew did everything right, and nobody was in danger at any point," she told reporters.

            The operator, Fjordlink, has suspended the route until divers have inspected the hull. A small \
            amount of diesel leaked from a damaged tank, and an oil barrier has been laid around the ship.

            The maritime accident board has opened an investigation into the grounding. It is the second \
            incident on the route this year; in March another Fjordlink ferry lost power for two hours in a storm.""";

    /** Reworded, two sentences merged, one split, two moved, two dropped, commentary at both ends. */
    public static final String COURIER = """
            Residents of Skarholm have complained for years that the island's only ferry link cannot be relied on.

            According to the coast guard, a ferry with 143 people on board went aground near Skarholm in the \
            early hours of Wednesday.

            Lifeboats carried every passenger and the eleven crew to Vessby harbour in under three hours, and \
            four of them needed treatment for light injuries at the local health centre, coast guard \
            spokeswoman Maren Tollefsen said.

            In dense fog, the vessel hit a sandbank roughly two kilometres off the island, Tollefsen said. \
            The Alva Nord departed from Rostad on the mainland at 5.40 a.m. It was scheduled to arrive at \
            Skarholm one hour afterwards.

            Fjordlink, which runs the service, has halted sailings on the route until the hull has been \
            checked by divers.

            "The crew did everything right, and nobody was in danger at any point," she told reporters.

            The accident board for shipping has launched an inquiry into how the ferry ran aground.

            For islanders who commute to jobs on the mainland, the halt could hardly come at a worse time. \
            The island council wants a replacement boat in service by Monday.""";

    /** Another outlet's paraphrase: reworded, reordered, the leak and the March incident kept, commentary in the middle. */
    public static final String GAZETTE = """
            Early on Wednesday a ferry with 143 passengers and crew ran onto a sandbank near Skarholm island, \
            coast guard officials reported.

            The Alva Nord had set out from the mainland harbour of Rostad at 5.40 a.m., an hour before it was \
            meant to dock at Skarholm, and grounded in heavy fog some two kilometres short of the island, \
            spokeswoman Maren Tollefsen of the coast guard said.

            Everyone on board, the eleven crew included, was brought ashore at Vessby by lifeboat within three \
            hours. Four people received care for minor injuries at the health centre in Vessby.

            Ferries are the lifeline of the archipelago, and every cancelled sailing is felt in its shops and \
            schools. This newspaper has asked before whether the ageing fleet is fit for winter.

            Some diesel escaped from a damaged tank, and the ship is now surrounded by an oil barrier. Fjordlink, \
            the operator, has stopped the route until divers can examine the hull.

            Back in March, a different Fjordlink ferry was left without power for two hours during a storm, \
            making this the second incident on the route this year.""";

    /** The same event reported on its own: the same facts, its own words, its own quotes and details. */
    public static final String TRIBUNE = """
            Fog and a sandbank left the Alva Nord stranded off Skarholm on Wednesday morning.

            The Fjordlink ferry was on its first crossing of the day from Rostad with 132 passengers and eleven \
            crew when it stopped dead about two kilometres from the island.

            Lifeboat volunteer Jonas Berglund, who helped bring people to Vessby, said the mood on deck had been \
            calm. "People were cold and a bit shaken, but by the time we reached the quay they were singing," \
            he said.

            A handful of passengers were checked for bruises and cuts at the Vessby health centre.

            Fjordlink chief executive Petra Lind apologised to travellers and said the company would pay for \
            hotel rooms in Rostad for anyone stranded overnight. "We will not sail again until we know the hull \
            is sound," she said.

            Crews placed a boom around the hull after some fuel escaped into the water. Investigators from the \
            maritime accident board are expected on the island on Thursday.

            Commuters waiting at the Rostad terminal told the Tribune that the service had been unreliable since \
            the spring.""";
}
