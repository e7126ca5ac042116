package io.quarkiverse.engagevoice.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Base of every model: null properties are left out of request bodies (so an update carrying only the changed
 * properties is a partial update), and properties the model does not declare are kept and sent back, so that a
 * GET-modify-PUT round trip loses nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ApiObject {

    private final Map<String, Object> otherProperties = new LinkedHashMap<>();

    /** Properties the server sent that this model does not declare. */
    @JsonAnyGetter
    public Map<String, Object> otherProperties() {
        return otherProperties;
    }

    @JsonAnySetter
    public void otherProperty(String name, Object value) {
        otherProperties.put(name, value);
    }
}
