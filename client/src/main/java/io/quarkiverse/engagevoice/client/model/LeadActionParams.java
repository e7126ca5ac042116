package io.quarkiverse.engagevoice.client.model;

import java.util.Map;

/**
 * The parameters of the lead actions that take some (the API's {@code LeadActionParams}): a free-form
 * {@code paramMap}, whose keys the OpenAPI file does not list. Properties not declared here are kept.
 */
public class LeadActionParams extends ApiObject {

    private Map<String, Object> paramMap;

    public LeadActionParams() {
    }

    /** Parameters with the given map. */
    public static LeadActionParams of(Map<String, Object> paramMap) {
        LeadActionParams p = new LeadActionParams();
        p.setParamMap(paramMap);
        return p;
    }

    public Map<String, Object> getParamMap() {
        return paramMap;
    }

    public void setParamMap(Map<String, Object> paramMap) {
        this.paramMap = paramMap;
    }

    @Override
    public String toString() {
        return "LeadActionParams" + (paramMap == null ? "[]" : paramMap.keySet());
    }
}
