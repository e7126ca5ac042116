package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The first rows of one page (sheet) of an uploaded lead file (the API's {@code LeadListPagePreview}). {@link
 * #toString()} leaves out the rows. Properties not declared here are kept.
 */
public class LeadListPagePreview extends ApiObject {

    private Integer pageNumber;
    private String pageName;
    private List<List<String>> rowData;

    public LeadListPagePreview() {
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public String getPageName() {
        return pageName;
    }

    public void setPageName(String pageName) {
        this.pageName = pageName;
    }

    /** The rows read, each a list of cell values. */
    public List<List<String>> getRowData() {
        return rowData;
    }

    public void setRowData(List<List<String>> rowData) {
        this.rowData = rowData;
    }

    @Override
    public String toString() {
        return "LeadListPagePreview[" + pageNumber + ", " + pageName + "]";
    }
}
