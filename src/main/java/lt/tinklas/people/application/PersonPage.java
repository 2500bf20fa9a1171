package lt.tinklas.people.application;

import java.util.List;

import lt.tinklas.people.PersonView;
import lt.tinklas.shared.web.ListPage;

/** One page of the people found (pages count from 0) and how many were found in all. */
public record PersonPage(List<PersonView> items, long total, int page, int size) implements ListPage {
}
