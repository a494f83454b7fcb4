package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flashkit.FlashkitSetting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The IDE metadata and the properties table in docs/spring-boot.md agree with the {@link FlashkitSetting} table.
 * The additional metadata file is checked in (reviewable, merged like any resource) and compared here. After
 * changing the settings table, run this test with {@code -Dsettings.docs.update=true} twice, deleting {@code
 * target/classes} in between: the first run rewrites the additional file, the second — once
 * spring-boot-configuration-processor has merged it again — the docs table.
 */
class ConfigurationMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path ADDITIONAL =
            Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");
    private static final Path DOC = Path.of("..", "docs", "spring-boot.md");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- spring properties table -->\n(.*?)<!-- end spring properties table -->", Pattern.DOTALL);
    private static final boolean UPDATE = Boolean.getBoolean("settings.docs.update");

    @Test
    void additionalMetadata_checkedInFile_isTheSettingsTable() throws IOException {
        JsonNode expected = metadataOfTable();
        if (UPDATE) {
            Files.writeString(ADDITIONAL, JSON.writeValueAsString(expected) + "\n");
        }

        assertThat(JSON.readTree(ADDITIONAL.toFile()))
                .as("%s (rewrite it with -Dsettings.docs.update=true)", ADDITIONAL)
                .isEqualTo(expected);
    }

    @Test
    void generatedMetadata_everyTableProperty_isDescribedWithItsDefault() throws IOException {
        JsonNode metadata = generatedMetadata();
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (setting.hasTextForm()) {
                JsonNode property = property(metadata, setting.property());
                assertThat(property).as(setting.property()).isNotNull();
                assertThat(property.path("description").asText()).isEqualTo(description(setting));
                assertThat(property.path("defaultValue").asText(null)).isEqualTo(setting.defaultValue());
            }
        }
    }

    @Test
    void springBootDoc_propertiesTable_isTheGeneratedMetadata() throws IOException {
        String text = Files.readString(DOC);
        Matcher m = BLOCK.matcher(text);
        assertThat(m.find()).as("a properties table between markers in %s", DOC).isTrue();
        String expected = docTable(generatedMetadata());
        if (UPDATE) {
            Files.writeString(DOC, text.substring(0, m.start(1)) + expected + text.substring(m.end(1)));
        } else {
            assertThat(m.group(1)).as("the properties table in %s", DOC).isEqualTo(expected);
        }
    }

    /** The additional metadata the table implies: every property with its type, description and default. */
    private static JsonNode metadataOfTable() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        for (FlashkitSetting s : FlashkitSetting.values()) {
            if (!s.hasTextForm()) {
                continue;
            }
            ObjectNode p = properties
                    .addObject()
                    .put("name", s.property())
                    .put("type", s.type())
                    .put("description", description(s));
            if (s.defaultValue() != null) {
                switch (s.type()) {
                    case "java.lang.Boolean" -> p.put("defaultValue", Boolean.parseBoolean(s.defaultValue()));
                    case "java.lang.Integer" -> p.put("defaultValue", Integer.parseInt(s.defaultValue()));
                    default -> p.put("defaultValue", s.defaultValue());
                }
            }
            if (!s.choices().isEmpty()) {
                ArrayNode values = hints.addObject().put("name", s.property()).putArray("values");
                s.choices().forEach(choice -> values.addObject().put("value", choice));
            }
        }
        return root;
    }

    /** The row's doc as Spring Boot metadata words it: a sentence, without Markdown. */
    private static String description(FlashkitSetting s) {
        return sentence(s.doc()).replace("`", "");
    }

    private static String sentence(String doc) {
        return doc.substring(0, 1).toUpperCase(Locale.ROOT) + doc.substring(1) + ".";
    }

    /** The metadata spring-boot-configuration-processor wrote: FlashkitProperties merged with the additional file. */
    private static JsonNode generatedMetadata() throws IOException {
        try (InputStream in =
                FlashkitProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in)
                    .as("metadata generated by spring-boot-configuration-processor")
                    .isNotNull();
            return JSON.readTree(in);
        }
    }

    private static String meaning(JsonNode property) {
        for (FlashkitSetting s : FlashkitSetting.values()) {
            if (property.get("name").asText().equals(s.property())) {
                return sentence(s.doc());
            }
        }
        return property.path("description").asText().replaceAll("\\s+", " ");
    }

    private static JsonNode property(JsonNode metadata, String name) {
        for (JsonNode p : metadata.get("properties")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The docs table: every property of the generated metadata, by name, described by its {@link FlashkitSetting}
     * row (with Markdown) or, for the starter's own, by the metadata.
     */
    private static String docTable(JsonNode metadata) {
        List<JsonNode> properties = new ArrayList<>();
        metadata.get("properties").forEach(properties::add);
        properties.sort((a, b) -> a.get("name").asText().compareTo(b.get("name").asText()));
        StringBuilder table = new StringBuilder("| property | default | meaning |\n|---|---|---|\n");
        for (JsonNode p : properties) {
            JsonNode defaultValue = p.get("defaultValue");
            table.append("| `")
                    .append(p.get("name").asText())
                    .append("` | ")
                    .append(defaultValue == null ? "—" : "`" + defaultValue.asText() + "`")
                    .append(" | ")
                    .append(meaning(p))
                    .append(" |\n");
        }
        return table.toString();
    }
}
