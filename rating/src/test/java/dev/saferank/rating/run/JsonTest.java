package dev.saferank.rating.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesWhereverTheCharacterStandsAndCopiesPlainTextAsItIs() {
        String json = new Json()
                .beginArray()
                .value("扣完即止，不计负分")
                .value("\"引号\"在前")
                .value("末尾反斜杠\\")
                .value("中间\t制表\r回车\u0001控制")
                .value("")
                .endArray()
                .toString();
        assertThat(json)
                .isEqualTo("[\"扣完即止，不计负分\",\"\\\"引号\\\"在前\",\"末尾反斜杠\\\\\"," + "\"中间\\t制表\\r回车\\u0001控制\",\"\"]");
    }
}
