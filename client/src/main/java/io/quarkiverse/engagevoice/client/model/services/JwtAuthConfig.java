package io.quarkiverse.engagevoice.client.model.services;

/**
 * An external authentication configuration that signs a JWT for each call (the API's {@code AuthConfigJwt}).
 */
public class JwtAuthConfig extends AuthConfig {

    private String algorithm;
    private String secret;
    private Boolean isSecretEncoded;
    private String privateKey;
    private String payload;
    private String jwtHeaders;
    private Integer expirationTime;
    private Boolean isIncludeIssueAt;
    private String addTokenTo;
    private String headerPrefix;
    private String queryParamName;

    public JwtAuthConfig() {
        super("JWT");
    }

    /** A configuration named {@code providerName} signing with {@code algorithm} and the HMAC {@code secret}. */
    public static JwtAuthConfig hmac(String providerName, String algorithm, String secret) {
        JwtAuthConfig c = new JwtAuthConfig();
        c.setProviderName(providerName);
        c.setAlgorithm(algorithm);
        c.setSecret(secret);
        return c;
    }

    /** The signature algorithm, such as {@code HS256} or {@code RS256}. */
    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    /** The HMAC secret. A secret: never logged. */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Whether {@code secret} is base64-encoded. */
    public Boolean getIsSecretEncoded() {
        return isSecretEncoded;
    }

    public void setIsSecretEncoded(Boolean isSecretEncoded) {
        this.isSecretEncoded = isSecretEncoded;
    }

    /** The private key for RSA or EC algorithms. A secret: never logged. */
    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    /** The claims, as JSON text. */
    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    /** Extra JOSE header fields, as JSON text. */
    public String getJwtHeaders() {
        return jwtHeaders;
    }

    public void setJwtHeaders(String jwtHeaders) {
        this.jwtHeaders = jwtHeaders;
    }

    /** The token's lifetime. */
    public Integer getExpirationTime() {
        return expirationTime;
    }

    public void setExpirationTime(Integer expirationTime) {
        this.expirationTime = expirationTime;
    }

    /** Whether to add an {@code iat} claim. */
    public Boolean getIsIncludeIssueAt() {
        return isIncludeIssueAt;
    }

    public void setIsIncludeIssueAt(Boolean isIncludeIssueAt) {
        this.isIncludeIssueAt = isIncludeIssueAt;
    }

    /** {@code REQUEST_HEADER} or {@code QUERY_PARAM}. */
    public String getAddTokenTo() {
        return addTokenTo;
    }

    public void setAddTokenTo(String addTokenTo) {
        this.addTokenTo = addTokenTo;
    }

    /** The prefix before the token in the header, such as {@code Bearer}. */
    public String getHeaderPrefix() {
        return headerPrefix;
    }

    public void setHeaderPrefix(String headerPrefix) {
        this.headerPrefix = headerPrefix;
    }

    /** The query parameter carrying the token, for {@code QUERY_PARAM}. */
    public String getQueryParamName() {
        return queryParamName;
    }

    public void setQueryParamName(String queryParamName) {
        this.queryParamName = queryParamName;
    }
}
