package io.quarkiverse.engagevoice.client.model.numbers;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;
import io.quarkiverse.engagevoice.client.model.ProductType;

/**
 * A change to a pool record and to what it is assigned to, in one request (the API's {@code DnisPoolUpdateRequest}).
 */
public class DnisPoolAssignmentUpdate extends ApiObject {

    private DnisPool dnisPool;
    private ProductType product;
    private Integer productId;
    private Integer chatQueueId;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime startDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime endDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime smsStartDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime smsEndDate;
    private Boolean unassignProduct;
    private Boolean unassignSmsProduct;

    public DnisPoolAssignmentUpdate() {
    }

    /** Assigns the number of {@code pool} to the product {@code productId} of kind {@code product}. */
    public static DnisPoolAssignmentUpdate assign(DnisPool pool, ProductType product, int productId) {
        DnisPoolAssignmentUpdate u = new DnisPoolAssignmentUpdate();
        u.setDnisPool(pool);
        u.setProduct(product);
        u.setProductId(productId);
        return u;
    }

    /** Removes the assignment of the number of {@code pool}. */
    public static DnisPoolAssignmentUpdate unassign(DnisPool pool) {
        DnisPoolAssignmentUpdate u = new DnisPoolAssignmentUpdate();
        u.setDnisPool(pool);
        u.setUnassignProduct(true);
        return u;
    }

    /** The record, with its changed properties. */
    public DnisPool getDnisPool() {
        return dnisPool;
    }

    public void setDnisPool(DnisPool dnisPool) {
        this.dnisPool = dnisPool;
    }

    /** The kind of product to assign the number to, with {@link #getProductId()} its id. */
    public ProductType getProduct() {
        return product;
    }

    public void setProduct(ProductType product) {
        this.product = product;
    }

    public Integer getProductId() {
        return productId;
    }

    public void setProductId(Integer productId) {
        this.productId = productId;
    }

    /** The chat queue to assign the number's SMS to. */
    public Integer getChatQueueId() {
        return chatQueueId;
    }

    public void setChatQueueId(Integer chatQueueId) {
        this.chatQueueId = chatQueueId;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(OffsetDateTime endDate) {
        this.endDate = endDate;
    }

    public OffsetDateTime getSmsStartDate() {
        return smsStartDate;
    }

    public void setSmsStartDate(OffsetDateTime smsStartDate) {
        this.smsStartDate = smsStartDate;
    }

    public OffsetDateTime getSmsEndDate() {
        return smsEndDate;
    }

    public void setSmsEndDate(OffsetDateTime smsEndDate) {
        this.smsEndDate = smsEndDate;
    }

    /** Whether to remove the number's assignment. */
    public Boolean getUnassignProduct() {
        return unassignProduct;
    }

    public void setUnassignProduct(Boolean unassignProduct) {
        this.unassignProduct = unassignProduct;
    }

    public Boolean getUnassignSmsProduct() {
        return unassignSmsProduct;
    }

    public void setUnassignSmsProduct(Boolean unassignSmsProduct) {
        this.unassignSmsProduct = unassignSmsProduct;
    }

    @Override
    public String toString() {
        return "DnisPoolAssignmentUpdate[" + dnisPool + ", " + product + " " + productId + "]";
    }
}
