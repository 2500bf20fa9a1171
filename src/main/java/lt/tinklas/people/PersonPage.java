package lt.tinklas.people;

import java.util.List;

import lt.tinklas.shared.web.ListPage;

/** One page of the people found (pages count from 0) and how many were found in all. */
public record PersonPage(List<PersonView> items, long total, int page, int size) implements ListPage {
}
