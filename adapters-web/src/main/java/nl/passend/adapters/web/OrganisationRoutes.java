package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;

/** Partnerships, boards and schools (API.md "Organisation"). */
final class OrganisationRoutes {
  private final Passend passend;

  OrganisationRoutes(Passend passend) {
    this.passend = passend;
  }

  /** Who is signed in: the role and where its scope lies (for the console's pages). */
  record MeResponse(String role, String scope, java.util.List<String> partnerships, String school, String board) {
    static MeResponse of(nl.passend.application.organisation.port.in.ActorProfile p) {
      return new MeResponse(p.role().name(), p.scope().orElse(null), p.partnerships(), p.school().orElse(null), p.board().orElse(null));
    }
  }

  void register(Routes r) {
    r.get(Api.BASE + "/me", ctx -> Http.json(ctx, 200, MeResponse.of(passend.organisation().profile(Http.actor(ctx)))));
    r.post(Api.BASE + "/partnerships", this::createPartnership);
    r.get(Api.BASE + "/partnerships", ctx -> Http.json(ctx, 200,
        Http.arrayPage(ctx, passend.organisation().partnerships(Http.actor(ctx)).stream().map(PartnershipResponse::of).toList())));
    r.get(Api.BASE + "/partnerships/{id}", ctx -> {
      Versioned<Partnership> p = passend.organisation().partnership(Http.actor(ctx), as("id", () -> PartnershipId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, p.version());
      Http.json(ctx, 200, PartnershipResponse.of(p));
    });
    r.put(Api.BASE + "/partnerships/{id}/postal-address", ctx -> {
      Actor actor = Http.actor(ctx);
      PartnershipId id = as("id", () -> PartnershipId.of(ctx.pathParam("id")));
      long expected = Http.ifMatch(ctx);
      Requests.PostalAddressDto body = Http.body(ctx, Requests.PostalAddressDto.class);
      Fields f = new Fields();
      String address = f.as("postalAddress", () -> Partnership.postalAddress(f.required(body.postalAddress(), "postalAddress")));
      f.check();
      Versioned<Partnership> stored = passend.organisation().changePostalAddress(actor, id, address, expected);
      Http.withEtag(ctx, stored.version());
      Http.json(ctx, 200, PartnershipResponse.of(stored));
    });
    r.post(Api.BASE + "/boards", ctx -> board(ctx, false));
    r.put(Api.BASE + "/boards/{id}", ctx -> board(ctx, true));
    r.get(Api.BASE + "/boards", ctx -> Http.json(ctx, 200, Http.arrayPage(ctx,
        passend.organisation().boards(Http.actor(ctx)).stream().map(BoardResponse::of).toList())));
    r.get(Api.BASE + "/boards/{id}", ctx -> {
      var b = passend.organisation().board(Http.actor(ctx), as("id", () -> BoardId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, b.version());
      Http.json(ctx, 200, BoardResponse.of(b));
    });
    r.post(Api.BASE + "/schools", ctx -> school(ctx, false));
    r.put(Api.BASE + "/schools/{brin}", ctx -> school(ctx, true));
    r.get(Api.BASE + "/schools", ctx -> Http.json(ctx, 200, Http.arrayPage(ctx,
        passend.organisation().schools(Http.actor(ctx)).stream().map(SchoolResponse::of).toList())));
    r.get(Api.BASE + "/schools/{brin}", ctx -> {
      var s = passend.organisation().school(Http.actor(ctx), as("brin", () -> BrinCode.of(ctx.pathParam("brin"))));
      Http.withEtag(ctx, s.version());
      Http.json(ctx, 200, SchoolResponse.of(s));
    });
  }

  /** A partnership. */
  record PartnershipResponse(String id, String name, Sector sector, String policyId, String region, List<String> memberBoards, long version,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) String postalAddress) {
    static PartnershipResponse of(Versioned<Partnership> v) {
      Partnership p = v.value();
      return new PartnershipResponse(p.id().value(), p.name(), p.sector(), p.policy().value(), p.region(),
          p.memberBoards().stream().map(BoardId::value).toList(), v.version(), p.postalAddress());
    }
  }

  /** A board. */
  record BoardResponse(String id, String name, List<String> partnershipIds, long version) {
    static BoardResponse of(Versioned<Board> v) {
      return new BoardResponse(v.value().id().value(), v.value().name(), v.value().partnerships().stream().map(PartnershipId::value).toList(),
          v.version());
    }
  }

  /** A school. */
  record SchoolResponse(String brin, String name, String boardId, SchoolType schoolType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> cluster, List<SpecialNeedsType> specialNeedsTypes, long version) {
    static SchoolResponse of(Versioned<School> v) {
      School s = v.value();
      return new SchoolResponse(s.brin().value(), s.name(), s.board().value(), s.type(), s.cluster().map(Cluster::number),
          List.copyOf(s.servedTypes()), v.version());
    }
  }

  private void createPartnership(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.PartnershipDto body = Http.body(ctx, Requests.PartnershipDto.class);
    Fields f = new Fields();
    PartnershipId id = f.as("id", () -> PartnershipId.of(f.required(body.id(), "id")));
    PolicyId policyId = f.as("policyId", () -> PolicyId.of(f.required(body.policyId(), "policyId")));
    String name = f.required(body.name(), "name");
    String address = f.as("postalAddress", () -> Partnership.postalAddress(body.postalAddress()));
    f.check();
    var stored = passend.organisation().register(new RegisterPartnershipUseCase.Command(actor, id, name, Optional.ofNullable(body.sector()),
        body.region() == null ? "" : body.region(), policyId, address));
    Http.created(ctx, Api.BASE + "/partnerships/" + id.value(), stored.version(), PartnershipResponse.of(stored));
  }

  private void board(Context ctx, boolean update) {
    Actor actor = Http.actor(ctx);
    long expected = update ? Http.ifMatch(ctx) : 0;
    Requests.BoardDto body = Http.body(ctx, Requests.BoardDto.class);
    Fields f = new Fields();
    String idText = update ? ctx.pathParam("id") : f.required(body.id(), "id");
    BoardId id = idText == null ? null : f.as("id", () -> BoardId.of(idText));
    Set<PartnershipId> partnerships = new HashSet<>();
    List<String> ids = f.required(body.partnershipIds(), "partnershipIds");
    for (String p : ids == null ? List.<String>of() : ids) {
      PartnershipId pid = f.as("partnershipIds", () -> PartnershipId.of(p));
      if (pid != null) {
        partnerships.add(pid);
      }
    }
    String name = f.required(body.name(), "name");
    f.check();
    var command = new RegisterBoardUseCase.Command(actor, id, name, partnerships);
    if (update) {
      var stored = passend.organisation().update(command, expected);
      Http.withEtag(ctx, stored.version());
      Http.json(ctx, 200, BoardResponse.of(stored));
    } else {
      var stored = passend.organisation().register(command);
      Http.created(ctx, Api.BASE + "/boards/" + id.value(), stored.version(), BoardResponse.of(stored));
    }
  }

  private void school(Context ctx, boolean update) {
    Actor actor = Http.actor(ctx);
    long expected = update ? Http.ifMatch(ctx) : 0;
    Requests.SchoolDto body = Http.body(ctx, Requests.SchoolDto.class);
    Fields f = new Fields();
    String brinText = update ? ctx.pathParam("brin") : f.required(body.brin(), "brin");
    BrinCode brin = brinText == null ? null : f.as("brin", () -> BrinCode.of(brinText));
    BoardId board = f.as("boardId", () -> BoardId.of(f.required(body.boardId(), "boardId")));
    Optional<Cluster> cluster = body.cluster() == null ? Optional.empty() : Optional.ofNullable(f.as("cluster", () -> Cluster.of(body.cluster())));
    Set<SpecialNeedsType> served = body.specialNeedsTypes() == null || body.specialNeedsTypes().isEmpty() ? Set.of()
        : EnumSet.copyOf(body.specialNeedsTypes());
    String name = f.required(body.name(), "name");
    var type = f.required(body.schoolType(), "schoolType");
    f.check();
    var command = new RegisterSchoolUseCase.Command(actor, brin, name, board, type, cluster, served);
    if (update) {
      var stored = passend.organisation().update(command, expected);
      Http.withEtag(ctx, stored.version());
      Http.json(ctx, 200, SchoolResponse.of(stored));
    } else {
      var stored = passend.organisation().register(command);
      Http.created(ctx, Api.BASE + "/schools/" + brin.value(), stored.version(), SchoolResponse.of(stored));
    }
  }
}
