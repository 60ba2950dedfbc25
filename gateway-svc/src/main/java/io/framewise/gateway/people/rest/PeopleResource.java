package io.framewise.gateway.people.rest;

import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.people.domain.Person;
import io.framewise.gateway.people.service.PeopleService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The people gallery: known people whose faces label-svc recognises in captures ({@code faces[].person} in
 * {@code labels.done} and metadata). Enrolling publishes the person on the compacted {@code people} topic, which
 * every label-svc replica reads whole.
 */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Known people for face recognition")
public class PeopleResource {

    /** A person as shown. */
    @Schema(name = "Person")
    public record PersonView(
            @Schema(examples = "6f1c0d3e-2b7a-4d7e-9a51-0c1f2e3d4a5b") String id,
            @Schema(examples = "Ada Lovelace") String name,
            @Schema(description = "how many photos were stored") int photos,
            Instant createdAt) {

        static PersonView of(Person p) {
            return new PersonView(p.id, p.name, p.photos, p.createdAt);
        }
    }

    private final PeopleService people;

    public PeopleResource(PeopleService people) {
        this.people = people;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Enrol a person (multipart: 'name' and one or more 'photo' parts)",
            description = "Each photo must be a JPEG or PNG (judged by its bytes) within the size limit and should "
                    + "show the person's face clearly, frontal, at least 100 px wide; the largest face of each photo "
                    + "is used, a photo without a face is ignored by the matcher.")
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "No name, no photo, too many photos or an empty photo",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "A photo is larger than the limit; nothing is stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "A photo is not a JPEG or PNG; nothing is stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response enrol(@RestForm("name") String name, @RestForm("photo") List<FileUpload> photos) {
        List<PeopleService.Photo> received = photos == null ? List.of()
                : photos.stream().map(f -> new PeopleService.Photo(f.fileName(), f.uploadedFile())).toList();
        Person person = people.enrol(name, received);
        return Response.status(Response.Status.CREATED).entity(PersonView.of(person))
                .header("Location", "/people/" + person.id).build();
    }

    @GET
    @Blocking
    @Operation(summary = "Every enrolled person, oldest first")
    public List<PersonView> list() {
        return people.list().stream().map(PersonView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Blocking
    @Operation(summary = "One person")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PersonView get(@PathParam("id") String id) {
        return people.find(id).map(PersonView::of).orElseThrow(() -> new PeopleService.PersonNotFoundException(id));
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Remove a person: no longer recognised, photos and record deleted")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(@PathParam("id") String id) {
        people.remove(id);
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response photoRejected(PeopleService.PhotoRejectedException e) {
        return new ApiError(e.code(), e.getMessage()).toResponse(e.status());
    }

    @ServerExceptionMapper
    public Response personNotFound(PeopleService.PersonNotFoundException e) {
        return new ApiError("NotFoundError", e.getMessage()).toResponse(404);
    }
}
