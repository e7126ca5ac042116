package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

/** The API interfaces of this area: Users, roles, dashboards, rights documents, user auth utilities, outbound settings and countries. */
public final class AdminApis {

    private static final List<Class<?>> ALL = List.of();

    private AdminApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
