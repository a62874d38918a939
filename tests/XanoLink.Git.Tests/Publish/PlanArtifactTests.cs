using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Issue 11: a reviewed plan is what is applied (xanolink plan --out, xanolink publish --plan).</summary>
public sealed class PlanArtifactTests
{
    private const string Endpoint = "apis/products/get.json";

    [Fact]
    public void A_tenant_changed_by_hand_after_the_plan_is_refused_and_the_others_get_exactly_the_plan()
    {
        using var world = new PublishWorld("acme", "globex", "initech");
        world.Publish(merge: true);
        world.EditSource(Endpoint, j => j["description"] = "Reviewed change");
        world.CommitSource("Reviewed change");
        var file = Path.Combine(world.Root, "plan.json");
        var report = world.Publish(merge: true, dryRun: true);
        File.WriteAllText(file, PublishPlan.ToJson(report).ToString());
        var planned = PublishPlan.Read(file);
        world.EditTenant("globex", "tables/product.json", j => j["description"] = "Changed by hand after the review");
        var globexRefs = PublishWorld.Refs(world.TenantPath("globex"));

        var applied = Publisher.Run(new PublishRequest(world.Source, Parallel: 2, Plan: planned));

        var globex = applied.Tenants.Single(t => t.Name == "globex");
        Assert.Equal(("XL4023", PublishStatus.Failed), (globex.Code, globex.Status));
        Assert.Contains("moved since the plan", globex.Error, StringComparison.Ordinal);
        Assert.Equal(globexRefs, PublishWorld.Refs(world.TenantPath("globex")));
        foreach (var name in new[] { "acme", "initech" })
        {
            var outcome = applied.Tenants.Single(t => t.Name == name);
            var plannedTenant = planned.Tenants.Single(t => t.Name == name);
            Assert.Equal(PublishStatus.Published, outcome.Status);
            Assert.Equal(plannedTenant.Digest, outcome.Digest);
            Assert.Equal(plannedTenant.Branch, outcome.Branch);
            Assert.Contains("Reviewed change", world.TenantFile(name, Endpoint), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Applying_a_plan_again_after_it_was_applied_says_up_to_date_and_writes_nothing()
    {
        // A CI job that publishes a reviewed plan is rerun (a retry, a re-run button): the rerun must not fail.
        using var world = new PublishWorld("acme", "globex");
        world.Publish(merge: true);
        world.EditSource(Endpoint, j => j["description"] = "Reviewed change");
        world.CommitSource("Reviewed change");
        var file = Path.Combine(world.Root, "plan.json");
        File.WriteAllText(file, PublishPlan.ToJson(world.Publish(merge: true, dryRun: true)).ToString());
        var first = Publisher.Run(new PublishRequest(world.Source, Plan: PublishPlan.Read(file)));
        Assert.All(first.Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var refs = PublishWorld.Refs(world.TenantPath("acme"));

        var again = Publisher.Run(new PublishRequest(world.Source, Plan: PublishPlan.Read(file)));

        Assert.All(again.Tenants, t => Assert.Equal((null, PublishStatus.UpToDate), (t.Code, t.Status)));
        Assert.All(again.Tenants, t => Assert.Contains(t.Warnings ?? [], w => w.Contains("already applied", StringComparison.Ordinal)));
        Assert.Equal(refs, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void A_plan_whose_source_moved_since_is_refused_for_every_tenant()
    {
        using var world = new PublishWorld("acme", "globex");
        var file = Path.Combine(world.Root, "plan.json");
        File.WriteAllText(file, PublishPlan.ToJson(world.Publish(merge: true, dryRun: true)).ToString());
        world.EditSource(Endpoint, j => j["description"] = "Not reviewed");
        world.CommitSource("After the review");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var applied = Publisher.Run(new PublishRequest(world.Source, Plan: PublishPlan.Read(file)));

        Assert.All(applied.Tenants, t => Assert.Equal(("XL4023", PublishStatus.Failed), (t.Code, t.Status)));
        Assert.Equal(2, applied.Tenants.Count);
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void A_plan_whose_changes_differ_from_what_would_be_written_is_refused()
    {
        using var world = new PublishWorld("acme");
        var file = Path.Combine(world.Root, "plan.json");
        var json = PublishPlan.ToJson(world.Publish(merge: true, dryRun: true));
        json["tenants"]![0]!["digest"] = new string('0', 64);
        File.WriteAllText(file, json.ToString());

        var outcome = Publisher.Run(new PublishRequest(world.Source, Plan: PublishPlan.Read(file))).Tenants.Single();

        Assert.Equal("XL4023", outcome.Code);
        Assert.Contains("not what the plan shows", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_tenants_the_plan_would_publish_are_touched()
    {
        using var world = new PublishWorld("acme", "globex");
        world.Publish(merge: true, tenants: "acme");
        var file = Path.Combine(world.Root, "plan.json");
        File.WriteAllText(file, PublishPlan.ToJson(world.Publish(merge: true, dryRun: true)).ToString());
        var acme = PublishWorld.Refs(world.TenantPath("acme"));

        var applied = Publisher.Run(new PublishRequest(world.Source, Plan: PublishPlan.Read(file)));

        Assert.Equal(["globex"], applied.Tenants.Select(t => t.Name));
        Assert.Equal(acme, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "version": 7 }""")]
    [InlineData("""{ "version": 1, "source": { "ref": "main" } }""")]
    public void A_file_that_is_not_a_plan_is_refused_with_what_to_do(string text)
    {
        using var temp = new XanoLink.Testing.TempDirectory("xlplan");
        var file = temp.Write("plan.json", text);

        var error = Assert.Throws<InvalidPlanException>(() => PublishPlan.Read(file));

        Assert.Contains("plan", error.Message, StringComparison.Ordinal);
        Assert.Equal("XL4023", error.Code);
    }
}
