package io.quarkiverse.engagevoice.client.api.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.services.ApiKeyAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.BasicAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.CustomAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfigList;
import io.quarkiverse.engagevoice.client.model.services.ExternalHttpService;
import io.quarkiverse.engagevoice.client.model.services.HttpService;
import io.quarkiverse.engagevoice.client.model.services.HttpServiceGroup;
import io.quarkiverse.engagevoice.client.model.services.HttpServiceInput;
import io.quarkiverse.engagevoice.client.model.services.JwtAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthorizationUrl;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;

/**
 * Every property the services models declare is a property of the OpenAPI schema they stand for, spelled the same
 * (the API mixes {@code returntype} and {@code returnType}, {@code soapPortname} and {@code portname}). Skipped when
 * the OpenAPI file is not here.
 */
class ServiceModelsMatchSpecTest {

    private static final Map<Class<? extends ApiObject>, String> SCHEMAS = Map.ofEntries(
            Map.entry(HttpServiceGroup.class, "RemoteHttpServiceGroup"),
            Map.entry(HttpService.class, "RemoteHttpService"),
            Map.entry(HttpServiceInput.class, "RemoteHttpServiceInput"),
            Map.entry(ExternalHttpService.class, "ExternalHttpService"),
            Map.entry(ApiKeyAuthConfig.class, "AuthConfigApiKey"),
            Map.entry(BasicAuthConfig.class, "AuthConfigBasic"),
            Map.entry(CustomAuthConfig.class, "AuthConfigCustomAuth"),
            Map.entry(JwtAuthConfig.class, "AuthConfigJwt"),
            Map.entry(OAuthAuthConfig.class, "AuthConfigOAuth"),
            Map.entry(ExternalAuthConfig.class, "GetExternalAuthConfigById200Response"),
            Map.entry(ExternalAuthConfigList.class, "AuthConfigList"),
            Map.entry(OAuthAuthorizationUrl.class, "AuthConfigOAuthUrl"));

    @Test
    void everyDeclaredPropertyIsInItsSchema() {
        JsonNode schemas = OfficialFiles.openApiOrSkip().path("components").path("schemas");

        List<String> unknown = new ArrayList<>();
        SCHEMAS.forEach((model, schema) -> {
            JsonNode properties = schemas.path(schema).path("properties");
            assertThat(properties.isObject()).as(schema + " has properties").isTrue();
            for (String property : properties(model)) {
                if (!properties.has(property)) {
                    unknown.add(model.getSimpleName() + "." + property + " is not in " + schema);
                }
            }
        });
        assertThat(unknown).isEmpty();
    }

    private static List<String> properties(Class<?> model) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = model; c != ApiObject.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
        }
        assertThat(names).as(model.getSimpleName() + " declares properties").isNotEmpty();
        return names;
    }
}
