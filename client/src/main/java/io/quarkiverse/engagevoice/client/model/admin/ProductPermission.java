package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The permissions a rights document grants on every resource of a product (the API's {@code ProductPermission}).
 * Properties not declared here are kept.
 */
public class ProductPermission extends ApiObject {

    private String product;
    private List<String> permissions;
    private Boolean cascade;

    public ProductPermission() {
    }

    /** {@code permissions} on every resource of {@code product}. */
    public static ProductPermission of(String product, List<String> permissions) {
        ProductPermission p = new ProductPermission();
        p.setProduct(product);
        p.setPermissions(permissions);
        return p;
    }

    /** The product: {@code ACCOUNT}, {@code ACD}, {@code AGENT}, {@code OUTBOUND}, ... */
    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    /** {@code READ}, {@code CREATE}, {@code UPDATE}, {@code DELETE}, ... */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    public Boolean getCascade() {
        return cascade;
    }

    public void setCascade(Boolean cascade) {
        this.cascade = cascade;
    }

    @Override
    public String toString() {
        return "ProductPermission[" + product + ", " + permissions + "]";
    }
}
