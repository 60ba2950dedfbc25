package io.framewise.gateway.people.repository;

import io.framewise.gateway.people.domain.Person;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /** Everyone, oldest enrolment first. */
    public List<Person> all() {
        return listAll(Sort.ascending("createdAt").and("id"));
    }
}
