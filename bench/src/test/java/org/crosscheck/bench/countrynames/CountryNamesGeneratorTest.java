package org.crosscheck.bench.countrynames;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryNamesGeneratorTest {

    @Test
    void turnsListStyleNamesAndLeavesOutThoseThatCannotBeTurned() {
        assertThat(CountryNamesGenerator.names("Korea, Republic of")).containsExactly("Republic of Korea", "Korea");
        assertThat(CountryNamesGenerator.names("Congo, The Democratic Republic of the"))
                .containsExactly("Democratic Republic of the Congo", "Congo");
        assertThat(CountryNamesGenerator.names("Sint Maarten (Dutch part)")).containsExactly("Sint Maarten");
        assertThat(CountryNamesGenerator.names("the State of Eritrea")).containsExactly("State of Eritrea");
        assertThat(CountryNamesGenerator.names("Taiwan, Province of China")).isEmpty();
    }

    @Test
    void joinsNamesAndDemonymsAndDropsFormsTwoCountriesShare() throws Exception {
        JsonNode iso = new ObjectMapper().readTree("""
                {"3166-1": [
                  {"alpha_2": "QN", "name": "Norvland", "official_name": "Republic of Norvland"},
                  {"alpha_2": "QS", "name": "Sudnorvland, Federal State of"}]}""");
        List<List<String>> countries = CountryNamesGenerator.countries(iso, List.of(
                "# a comment", "Norvland\tNorvish\tNorvlander\tNorvlanders", "Federal State of Sudnorvland\tSudnorvish\tNorvlander"));
        assertThat(countries).containsExactly(
                List.of("Norvland", "Republic of Norvland", "Norvish", "Norvlanders"),
                List.of("Federal State of Sudnorvland", "Sudnorvland", "Sudnorvish"));
    }
}
