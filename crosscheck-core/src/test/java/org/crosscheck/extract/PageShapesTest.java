package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page templates that hide the article from a naive paragraph search (issue 3, first round). */
class PageShapesTest {

    private static final String SIDEBAR = """
            <div class="sidebar"><h3>Archive</h3><ul>
              <li><a href="/a">Harbour festival dates announced</a></li>
              <li><a href="/b">Ferry timetable changes this winter</a></li>
              <li><a href="/c">Library opens on Sundays</a></li></ul></div>""";

    @Test
    void keepsBloggerPostWrittenInSpansAndDivsWithoutParagraphs() {
        String page = """
                <html><head><title>Lanterns over Marrowby pier</title></head><body>
                <div class="header-wrap"><a href="/">Marrowby Daily Blog</a></div>
                <div class="post-outer"><h1 class="post-title">Lanterns over Marrowby pier</h1>
                <div class="post-body post-content">
                <div style="text-align: justify;"><span style="font-family: Arial;"><span>Hundreds of paper lanterns
                drifted over Marrowby pier on Saturday evening, as the town marked the end of its fishing season
                with a parade that organisers called the largest in a decade.<br></span></span></div>
                <div style="text-align: center;"><span> </span></div>
                <div><span><span>Councillor Odile Brannagh said the parade had raised money for the lifeboat station,
                and that volunteers had folded most of the lanterns by hand during the week.</span></span></div>
                <div><span>Stalls along the front sold smoked mackerel and apple cake<br><br>The lifeboat crew
                thanked the visitors in a short speech before the fireworks began over the water.</span></div>
                </div></div>
                """ + SIDEBAR + "</body></html>";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("Hundreds of paper lanterns drifted over Marrowby pier",
                "Councillor Odile Brannagh said the parade", "The lifeboat crew thanked the visitors");
        assertThat(text).doesNotContain("Ferry timetable", "Marrowby Daily Blog");
    }

    @Test
    void keepsPageWrappedEntirelyInAServerForm() {
        String page = """
                <html><body><form method="post" action="./story.aspx" id="aspnetForm">
                <input type="hidden" name="__VIEWSTATE" value="abc">
                <div class="masthead"><a href="/">Tarnwick Courier</a></div>
                <div class="story-wrapper"><h1>Quarry road to close for repairs</h1>
                <p>The quarry road between Tarnwick and Little Ashby will close for six weeks from Monday while
                engineers replace a collapsed culvert, the county council said on Tuesday.</p>
                <p>Buses will be diverted through Hollin Green, adding about ten minutes to each journey, and a
                temporary footpath will be kept open for walkers and riders.</p>
                <p>Council engineer Yusuf Amadi said the culvert had been damaged during the spring floods and that
                the repair could not wait for the summer.</p></div>
                <div class="search"><form action="/search"><input name="q"><button>Search</button></form></div>
                </form></body></html>""";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("The quarry road between Tarnwick and Little Ashby",
                "Buses will be diverted through Hollin Green", "Council engineer Yusuf Amadi");
        assertThat(text).doesNotContain("Search");
    }

    @Test
    void prefersTheShortPostOverTheLongerRelatedPostsListing() {
        String page = """
                <html><body><div id="primary">
                <article class="post type-post" itemprop="blogPost"><h1>On patience</h1>
                <p>Patience is not waiting quietly; it is the way we keep our attention while we wait. A gardener
                does not pull the seedling upward to make it grow faster, and a friend does not hurry the person who
                is still finding words. We learn patience from small things, from bread that must rise and letters
                that take a week to arrive, and then one day we find that we can offer it to the people we love.</p>
                </article>
                <div class="more-posts"><h3>Você pode gostar</h3>
                <article class="postbox"><h2><a href="/p1">On courage</a></h2><p>Courage is rarely loud. It is the
                decision, made again every morning, to do the next difficult thing without knowing how it ends, and to
                forgive ourselves when we stumble on the way there.</p></article>
                <article class="postbox"><h2><a href="/p2">On gratitude</a></h2><p>Gratitude lives in details: the
                first light on the kitchen table, a message from an old neighbour, the sound of rain after a long and
                dusty summer that seemed as though it would never end.</p></article>
                <article class="postbox"><h2><a href="/p3">On family</a></h2><p>What holds a family together is not
                blood alone but the habit of care, the meals shared and the quarrels mended before night falls, year
                after year, in good seasons and in hard ones.</p></article>
                </div></div></body></html>""";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("Patience is not waiting quietly");
        assertThat(text).doesNotContain("Courage is rarely loud", "Gratitude lives in details",
                "What holds a family together");
    }

    @Test
    void keepsBothHalvesOfAnArticleSplitAroundAPullQuote() {
        String section = """
                <section class="outer"><div class="container"><div class="post-section"><div class="wysiwyg">%s
                </div></div></div></section>""";
        String first = """
                <p>When the ecologist Mireille Saradon first counted the moths on the slopes above Castel Ombra, she
                assumed her traps were faulty, because the numbers were ten times higher than any survey before.</p>
                <p>She repeated the count for three summers, with new traps and with volunteers from the village,
                and the numbers held, rising a little each year as the old pastures turned back into scrub.</p>""";
        String second = """
                <p>The explanation, it turned out, lay in the abandoned terraces, where wild thyme had spread over the
                stone walls and offered food to caterpillars through the whole of the dry season.</p>
                <p>Saradon now wants the regional park to leave some terraces unmown, arguing that a little neglect,
                in the right places, does more for insects than any planting scheme she has seen.</p>
                <p>The park's director, Aurelio Fenz, said the proposal would be discussed at the spring meeting.</p>""";
        String page = "<html><body><div class=\"page\"><div class=\"post\"><h1>The moths of Castel Ombra</h1>"
                + section.formatted(first)
                + "<div class=\"pullquote\"><blockquote>A little neglect does more for insects.</blockquote></div>"
                + section.formatted(second)
                + "</div>" + SIDEBAR + "</div></body></html>";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("When the ecologist Mireille Saradon first counted the moths",
                "She repeated the count for three summers", "The explanation, it turned out",
                "The park's director, Aurelio Fenz");
        assertThat(text).doesNotContain("Ferry timetable", "Harbour festival");
    }

    @Test
    void unescapesJsonLdArticleBodyWrittenAsEscapedHtml() {
        String body = "&lt;p&gt;The Orlen valley cider press reopened on Saturday after a two-year restoration, "
                + "and its owners, the brothers Tomasz and Piet Verhaegen, pressed the first apples of the season "
                + "in front of a crowd of neighbours.&lt;/p&gt;&lt;figure&gt;&lt;img src=&quot;/press.jpg&quot;&gt;"
                + "&lt;figcaption&gt;The restored press in the Orlen valley&lt;/figcaption&gt;&lt;/figure&gt;"
                + "&lt;p&gt;The press, built in 1887, had stood idle since a beam cracked during a storm, and the "
                + "repair took oak from a &lt;a href=&quot;/forest&quot;&gt;local forest&lt;/a&gt; that was "
                + "seasoned for eighteen months.&lt;/p&gt;";
        String page = """
                <html><head><script type="application/ld+json">{"@context":"https://schema.org",
                "@type":"NewsArticle","headline":"Cider press reopens","articleBody":"%s"}</script></head>
                <body><div class="teaser"><a href="/cider">Cider press reopens</a></div></body></html>"""
                .formatted(body.replace("\"", "\\\""));

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("The Orlen valley cider press reopened on Saturday",
                "repair took oak from a local forest that was seasoned");
        assertThat(text).doesNotContain("&lt;", "<p>", "href", "The restored press in the Orlen valley");
    }

    @Test
    void keepsEmbeddedTweetButDropsTipAndNewsletterLines() {
        String page = """
                <html><body><article class="story"><div class="entry-content">
                <p>The county's new road-safety slogan, printed on forty billboards along the ring road, drew more
                mockery than praise in its first week, and residents were quick to share their own versions.</p>
                <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Forty billboards and not one
                of them spelled roundabout correctly. Impressive work, Dunmere County.</p>&mdash; Halvard Quist
                (@hquist_example) March 3, 2024</blockquote></div>
                <p>A council spokeswoman, Ines Marwood, said the spelling would be corrected within a fortnight and
                that the printing firm had agreed to cover the cost of the replacement posters.</p>
                <div class="share-bar"><a href="#">Share on Facebook</a></div>
                <p>Have a tip? Odran Pell may be reached at opell@example.org. Follow him on Twitter @opell.</p>
                <p>Get the latest updates right in your inbox. Subscribe to the Dunmere Star newsletters.</p>
                </div></article></body></html>""";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("The county's new road-safety slogan",
                "Forty billboards and not one of them spelled roundabout correctly", "Ines Marwood");
        assertThat(text).doesNotContain("Have a tip?", "right in your inbox", "Share on Facebook");
    }

    @Test
    void keepsLaterH1SectionHeadingsAndDropsTrendingRail() {
        String page = """
                <html><body><div id="main"><div id="ct">
                <h1>The harbour diet, explained</h1>
                <p>The harbour diet, popular among the fishing families of Port Ellery, rests on fish, greens and
                barley bread, and it has been described in the town's cookbooks for more than a century.</p>
                <h1>The second phase</h1>
                <p>In the second phase, bread returns at breakfast and supper, while the midday meal stays light,
                built around soup, a little cheese and whatever the morning's catch has brought in.</p>
                <div class="rail rail--trending"><h3>Most read in food</h3><ul>
                <li><a href="/x">Why bakers rise at four</a></li><li><a href="/y">Ten soups for a cold week</a></li>
                </ul></div>
                <p>Nutritionist Ada Lindqvist said the diet was sound, though she warned against the salted herring
                that older recipes use in almost every dish, especially for people with high blood pressure.</p>
                </div></div></body></html>""";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("The second phase", "In the second phase, bread returns",
                "Nutritionist Ada Lindqvist");
        assertThat(text).doesNotContain("The harbour diet, explained", "Most read in food", "Why bakers rise");
    }

    @Test
    void keepsListItemsLedByALinkedSentenceButDropsLinkLists() {
        String page = """
                <html><body><div class="post-content"><p>Here is what you need to know about the harbour this
                week, from the ferry timetable to the new fish market, in five short items for busy readers.</p><ol>
                <li><strong><a href="/a">The winter ferry timetable starts on Monday with two fewer sailings.</a></strong>
                The operator blamed a shortage of crew.</li>
                <li><strong><a href="/b">The new fish market will open its doors in the old customs shed.</a></strong>
                Stallholders move in next month.</li>
                <li><strong><a href="/c">Lighthouse tours are suspended while the lantern is repainted.</a></strong>
                Tours resume in spring, when the paint is dry.</li></ol>
                <ul class="links"><li><a href="/d">Home</a> <a href="/e">Harbour news</a> <a href="/f">Weather</a></li></ul>
                </div></body></html>""";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains("The winter ferry timetable starts on Monday",
                "The new fish market will open its doors", "Lighthouse tours are suspended");
        assertThat(text).doesNotContain("Harbour news");
    }

    @Test
    void prefersDomParagraphsAndLinkHeavyTweetOverOneStringJsonLdBody() {
        String p1 = "Ravensholt United have appointed Greta Lindahl as head coach until the end of the season, "
                + "the club said on Wednesday, a day after dismissing her predecessor.";
        String p2 = "Lindahl, who led Norrvik to two league titles, said she had accepted the post because the "
                + "squad was young and hungry, and because the supporters deserved a team that fought. Her first "
                + "match in charge is the cup tie against Holmfjord on Saturday, when the club expects a full "
                + "stadium and a long evening of songs from the north stand, whatever the result.";
        String page = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"New coach",
                "articleBody":"%s %s"}</script></head><body><div class="page"><div class="story-body">
                <p>%s</p>
                <div class="article-widget article-tweet"><blockquote class="twitter-tweet"><p>Welcome home,
                <a href="https://t.example/x">@greta_lindahl</a> <a href="https://t.example/p">pic.example/abcdefgh</a> <a href="https://t.example/h">#ravensholt</a></p>
                &mdash; Ravensholt FC (@ravensholtfc) <a href="https://t.example/s">March 6, 2024</a></blockquote></div>
                <p>%s</p></div>
                """.formatted(p1, p2, p1, p2) + SIDEBAR + "</div></body></html>";

        String text = Fixtures.extract(Fixtures.html(page)).text();

        assertThat(text).contains(p1 + "\n\n", "Welcome home, @greta_lindahl", p2);
        assertThat(text).doesNotContain("Ferry timetable");
    }
}
