package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A remote HTTP (or SOAP) service in version 2 of the API (the API's {@code ExternalHttpService}): the endpoint
 * and SOAP names are flat properties, the configuration is a JSON object, and credentials live in an external
 * authentication configuration named by {@code authConfigId} rather than in the service. Its name is
 * {@code serviceDescription}.
 */
public class ExternalHttpService extends ApiObject {

    private Integer serviceId;
    private String serviceDescription;
    private String serviceType;
    private Integer accountId;
    private String endpoint;
    private String authConfigId;
    private Boolean isEnabled;
    private Boolean isDebug;
    private Boolean enableMappings;
    private Boolean sendAllSurveyData;
    private JsonNode httpServiceConfig;
    private String returnType;
    private String action;
    private String operationName;
    private String portname;
    private String servicename;
    private String targetNamespace;
    private List<String> permissions;

    public ExternalHttpService() {
    }

    /** A service with a name, a type and an endpoint: the start of a create. */
    public static ExternalHttpService named(String serviceDescription, String serviceType, String endpoint) {
        ExternalHttpService s = new ExternalHttpService();
        s.setServiceDescription(serviceDescription);
        s.setServiceType(serviceType);
        s.setEndpoint(endpoint);
        return s;
    }

    public Integer getServiceId() {
        return serviceId;
    }

    public void setServiceId(Integer serviceId) {
        this.serviceId = serviceId;
    }

    /** The service's name. */
    public String getServiceDescription() {
        return serviceDescription;
    }

    public void setServiceDescription(String serviceDescription) {
        this.serviceDescription = serviceDescription;
    }

    /** {@code HTTP_GET}, {@code HTTP_POST}, {@code HTTP} or {@code SOAP}. */
    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public Integer getAccountId() {
        return accountId;
    }

    public void setAccountId(Integer accountId) {
        this.accountId = accountId;
    }

    /** The URL RingCX calls. */
    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The external authentication configuration used to call the service, if any. */
    public String getAuthConfigId() {
        return authConfigId;
    }

    public void setAuthConfigId(String authConfigId) {
        this.authConfigId = authConfigId;
    }

    public Boolean getIsEnabled() {
        return isEnabled;
    }

    public void setIsEnabled(Boolean isEnabled) {
        this.isEnabled = isEnabled;
    }

    public Boolean getIsDebug() {
        return isDebug;
    }

    public void setIsDebug(Boolean isDebug) {
        this.isDebug = isDebug;
    }

    public Boolean getEnableMappings() {
        return enableMappings;
    }

    public void setEnableMappings(Boolean enableMappings) {
        this.enableMappings = enableMappings;
    }

    public Boolean getSendAllSurveyData() {
        return sendAllSurveyData;
    }

    public void setSendAllSurveyData(Boolean sendAllSurveyData) {
        this.sendAllSurveyData = sendAllSurveyData;
    }

    /** The service's configuration (headers, body template, mappings) as a JSON object. */
    public JsonNode getHttpServiceConfig() {
        return httpServiceConfig;
    }

    public void setHttpServiceConfig(JsonNode httpServiceConfig) {
        this.httpServiceConfig = httpServiceConfig;
    }

    /** What the service answers, such as {@code JSON} or {@code XML}. */
    public String getReturnType() {
        return returnType;
    }

    public void setReturnType(String returnType) {
        this.returnType = returnType;
    }

    /** The SOAP action. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** The SOAP operation. */
    public String getOperationName() {
        return operationName;
    }

    public void setOperationName(String operationName) {
        this.operationName = operationName;
    }

    /** The SOAP port. */
    public String getPortname() {
        return portname;
    }

    public void setPortname(String portname) {
        this.portname = portname;
    }

    /** The SOAP service. */
    public String getServicename() {
        return servicename;
    }

    public void setServicename(String servicename) {
        this.servicename = servicename;
    }

    public String getTargetNamespace() {
        return targetNamespace;
    }

    public void setTargetNamespace(String targetNamespace) {
        this.targetNamespace = targetNamespace;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "ExternalHttpService[" + serviceId + ", " + serviceDescription + "]";
    }
}
