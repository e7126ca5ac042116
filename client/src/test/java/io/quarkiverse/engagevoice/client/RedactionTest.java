package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.internal.http.Redaction;

class RedactionTest {

    @Test
    void masksSecretQueryValuesAndApiTokenPaths() {
        assertThat(Redaction.uri("https://h/api/auth/login/admin?username=a%40b.c&password=p%26w&platformId=c01"))
                .isEqualTo("https://h/api/auth/login/admin?username=a%40b.c&password=***&platformId=c01");
        assertThat(Redaction.uri("/voice/api/v1/admin/token/aws80:abc-def?x=1"))
                .isEqualTo("/voice/api/v1/admin/token/***?x=1");
        assertThat(Redaction.uri("/voice/api/v1/admin/accounts/1/agentGroups"))
                .isEqualTo("/voice/api/v1/admin/accounts/1/agentGroups");
        assertThat(Redaction.uri("/voice/api/v1/admin/users/passwordReset?currentPassword=a&newPassword=b&userId=7"))
                .isEqualTo("/voice/api/v1/admin/users/passwordReset?currentPassword=***&newPassword=***&userId=7");
    }

    @Test
    void masksSecretFormFieldsAndJsonProperties() {
        assertThat(Redaction.body("grant_type=urn%3Aietf&assertion=eyJ.x.y"))
                .isEqualTo("grant_type=urn%3Aietf&assertion=***");
        assertThat(Redaction.body("rcAccessToken=abc&rcTokenType=Bearer")).isEqualTo("rcAccessToken=***&rcTokenType=Bearer");
        assertThat(Redaction.body("{\"accessToken\":\"a.b.c\",\"refreshToken\" : \"r\\\"1\",\"agentId\":5,\"name\":\"x\"}"))
                .isEqualTo("{\"accessToken\":\"***\",\"refreshToken\":\"***\",\"agentId\":5,\"name\":\"x\"}");
        assertThat(Redaction.body("Jwt is expired")).isEqualTo("Jwt is expired");
    }

    @Test
    void knowsTheCredentialHeaders() {
        assertThat(Redaction.isSecretHeader("Authorization")).isTrue();
        assertThat(Redaction.isSecretHeader("X-AUTH-TOKEN")).isTrue();
        assertThat(Redaction.isSecretHeader("User-Agent")).isFalse();
    }
}
