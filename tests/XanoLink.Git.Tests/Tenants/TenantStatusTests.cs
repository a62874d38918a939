using XanoLink.Git.Tenants;
using XanoLink.Manifest;

namespace XanoLink.Git.Tests.Tenants;

public sealed class TenantStatusTests
{
    private const string TenantInfo = """{ "guid": "ws-acme", "name": "shop:acme" }""" + "\n";

    [Fact]
    public void A_tenant_never_published_to_has_no_last_snapshot_and_is_not_up_to_date()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        kit.CreateTenant("acme", new Dictionary<string, string> { ["workspace.json"] = TenantInfo });

        var status = Read(kit);

        Assert.Equal(("main", null, false, 0, null), (status.Live, status.LastPublished, status.UpToDate, status.Drift.Count, status.Error));
    }

    [Fact]
    public void A_snapshot_of_the_source_live_commit_is_up_to_date_with_no_drift()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenant = kit.CreateTenant("acme", new Dictionary<string, string> { ["workspace.json"] = TenantInfo });
        var snapshot = kit.Publish(tenant, "shop:acme", "link/first");

        var status = Read(kit);

        Assert.Equal((snapshot, "link/first", "2026-01-01T00:05:00+00:00"), (status.LastPublished!.Sha, status.LastPublished.Branch, status.LastPublished.AtText));
        Assert.True(status.UpToDate);
        Assert.Empty(status.Drift);
    }

    [Fact]
    public void A_source_commit_that_changes_nothing_selected_is_still_up_to_date_by_the_snapshot_files()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenant = kit.CreateTenant("acme", new Dictionary<string, string> { ["workspace.json"] = TenantInfo });
        kit.Publish(tenant, "shop:acme", "link/first");
        kit.CommitSource(new Dictionary<string, string?> { ["functions/internal.json"] = """{ "guid": "f-internal", "name": "internal", "description": "not published", "steps": [] }""" }, minutes: 10);

        Assert.True(Read(kit).UpToDate);

        kit.CommitSource(new Dictionary<string, string?> { ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "description": "published", "steps": [] }""" }, minutes: 11);

        Assert.False(Read(kit).UpToDate);
    }

    [Fact]
    public void Drift_names_the_published_items_the_tenant_edited_or_deleted_and_records_count_as_their_table()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenant = kit.CreateTenant("acme", new Dictionary<string, string> { ["workspace.json"] = TenantInfo, ["functions/own.json"] = """{ "guid": "own", "name": "own", "steps": [] }""" });
        kit.Publish(tenant, "shop:acme", "link/first");
        TenantKit.CommitTo(tenant, "main", new Dictionary<string, string?>
        {
            ["tables/product.records.jsonl"] = "{\"id\":1,\"price\":6}\n",
            ["functions/calc.json"] = null,
            ["functions/own.json"] = """{ "guid": "own", "name": "own", "description": "tenant's own", "steps": [] }""",
        }, minutes: 20);

        var status = Read(kit);

        Assert.Equal(["table:product", "function:calc"], status.Drift.Select(k => k.ToString()));
        Assert.True(status.UpToDate);
    }

    [Fact]
    public void A_missing_repository_and_an_unreachable_remote_are_reported_in_their_rows()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles("""[ { "name": "shop:acme", "repository": "../tenants/acme.git" }, { "name": "shop:globex", "repository": "git://127.0.0.1/globex.git" } ]"""));
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);

        var statuses = ManifestTenants.Read(kit.Source).Select(t => TenantStatusReader.Read(source, t)).ToArray();

        Assert.Contains("does not exist or is not a Git repository", statuses[0].Error, StringComparison.Ordinal);
        Assert.Equal("XL4004", statuses[0].Code);
        Assert.StartsWith("unreachable: could not fetch from git://127.0.0.1/globex.git", statuses[1].Error, StringComparison.Ordinal);
        Assert.Equal("XL4015", statuses[1].Code);
        Assert.Null(statuses[1].Live);
    }

    [Fact]
    public void Trailers_are_the_key_value_lines_of_the_last_paragraph()
    {
        var trailers = PublishedSnapshot.ParseTrailers("Publish a to b\n\nbody: not a trailer here\n\nXanoLink-Branch: link/x\nXanoLink-Source-Commit: abc\n");

        Assert.Equal(new Dictionary<string, string> { ["XanoLink-Branch"] = "link/x", ["XanoLink-Source-Commit"] = "abc" }, trailers);
    }

    private static TenantStatus Read(TenantKit kit)
    {
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        return TenantStatusReader.Read(source, new TenantEntry("shop:acme", "../tenants/acme.git", default!));
    }
}
