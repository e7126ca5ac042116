package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.api.auth.AuthApis;

/**
 * Every operation of the API has one client method: two interfaces declaring the same method and path would leave
 * users guessing which to use. (Methods that differ only in query parameters, such as a search and its count, share
 * an operation on purpose and are told apart by their names.)
 */
class OneMethodPerOperationTest {

    @Test
    void noTwoInterfacesDeclareTheSameOperation() {
        Map<String, List<String>> byOperation = new TreeMap<>();
        Stream.concat(EngageVoiceApis.all().stream(), AuthApis.all().stream())
                .flatMap(api -> ClientMethod.of(api).stream())
                .forEach(m -> byOperation.computeIfAbsent(PathTemplate.shapeKey(m.httpMethod(), m.path()),
                        k -> new ArrayList<>()).add(m.label()));

        List<String> sharedAcrossInterfaces = byOperation.entrySet().stream()
                .filter(e -> e.getValue().stream().map(l -> l.substring(0, l.indexOf('.'))).distinct().count() > 1)
                .map(e -> e.getKey() + " is declared by " + e.getValue())
                .toList();
        assertThat(sharedAcrossInterfaces).isEmpty();
        assertThat(byOperation).hasSizeGreaterThan(100);
    }
}
