package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A remote HTTP (or SOAP) service RingCX calls during a call flow, version 1 of the API (the API's
 * {@code RemoteHttpService}). Its name is {@code serviceDescription}. {@link #toString()} never shows the HTTP
 * password.
 */
public class HttpService extends ApiObject {

    private Integer serviceId;
    private String serviceDescription;
    private String serviceType;
    private String accountId;
    private Boolean isEnabled;
    private Boolean isDebug;
    private Boolean enableMappings;
    private Boolean sendAllSurveyData;
    private String httpServiceConfig;
    private String httpUsername;
    private String httpPassword;
    private String returntype;
    private String soapEndpoint;
    private String soapAction;
    private String soapOperationname;
    private String soapPortname;
    private String soapServicename;
    private String targetNamespace;
    private HttpServiceGroup httpServiceGroup;
    private List<HttpServiceInput> httpServiceInputs;
    private List<String> permissions;

    public HttpService() {
    }

    /** A service with a name and a type: the start of a create. */
    public static HttpService named(String serviceDescription, String serviceType) {
        HttpService s = new HttpService();
        s.setServiceDescription(serviceDescription);
        s.setServiceType(serviceType);
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

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
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

    /** The service's configuration (URL, headers, mappings) as the JSON text the server keeps. */
    public String getHttpServiceConfig() {
        return httpServiceConfig;
    }

    public void setHttpServiceConfig(String httpServiceConfig) {
        this.httpServiceConfig = httpServiceConfig;
    }

    /** The HTTP basic user name RingCX sends to the service. */
    public String getHttpUsername() {
        return httpUsername;
    }

    public void setHttpUsername(String httpUsername) {
        this.httpUsername = httpUsername;
    }

    /** A secret: never logged. */
    public String getHttpPassword() {
        return httpPassword;
    }

    public void setHttpPassword(String httpPassword) {
        this.httpPassword = httpPassword;
    }

    /** What the service answers, such as {@code JSON} or {@code XML}. */
    public String getReturntype() {
        return returntype;
    }

    public void setReturntype(String returntype) {
        this.returntype = returntype;
    }

    public String getSoapEndpoint() {
        return soapEndpoint;
    }

    public void setSoapEndpoint(String soapEndpoint) {
        this.soapEndpoint = soapEndpoint;
    }

    public String getSoapAction() {
        return soapAction;
    }

    public void setSoapAction(String soapAction) {
        this.soapAction = soapAction;
    }

    public String getSoapOperationname() {
        return soapOperationname;
    }

    public void setSoapOperationname(String soapOperationname) {
        this.soapOperationname = soapOperationname;
    }

    public String getSoapPortname() {
        return soapPortname;
    }

    public void setSoapPortname(String soapPortname) {
        this.soapPortname = soapPortname;
    }

    public String getSoapServicename() {
        return soapServicename;
    }

    public void setSoapServicename(String soapServicename) {
        this.soapServicename = soapServicename;
    }

    public String getTargetNamespace() {
        return targetNamespace;
    }

    public void setTargetNamespace(String targetNamespace) {
        this.targetNamespace = targetNamespace;
    }

    /** The group the service belongs to. */
    public HttpServiceGroup getHttpServiceGroup() {
        return httpServiceGroup;
    }

    public void setHttpServiceGroup(HttpServiceGroup httpServiceGroup) {
        this.httpServiceGroup = httpServiceGroup;
    }

    public List<HttpServiceInput> getHttpServiceInputs() {
        return httpServiceInputs;
    }

    public void setHttpServiceInputs(List<HttpServiceInput> httpServiceInputs) {
        this.httpServiceInputs = httpServiceInputs;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "HttpService[" + serviceId + ", " + serviceDescription + "]";
    }
}
