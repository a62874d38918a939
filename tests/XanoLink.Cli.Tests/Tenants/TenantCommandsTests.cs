using System.Text.RegularExpressions;
using XanoLink.Git.Tests.Tenants;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Tenants;

public sealed partial class TenantCommandsTests
{
    private const string AcmeInfo = """{ "guid": "ws-acme", "name": "shop:acme" }""" + "\n";

    private const string ThreeTenants = """
        [
          { "name": "shop:acme", "repository": "../tenants/acme.git" },
          { "name": "shop:globex", "repository": "../tenants/globex.git" },
          { "name": "shop:gone", "repository": "../tenants/gone.git" }
        ]
        """;

    [Fact]
    public void Status_shows_each_tenant_its_last_publish_up_to_date_and_drift_and_exits_1_for_an_unreadable_one()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles(ThreeTenants));
        var acme = kit.CreateTenant("acme", new Dictionary<string, string> { ["workspace.json"] = AcmeInfo });
        kit.CreateTenant("globex", new Dictionary<string, string> { ["workspace.json"] = """{ "guid": "ws-globex", "name": "shop:globex" }""" });
        kit.Publish(acme, "shop:acme", "link/shop-source-1");
        TenantKit.CommitTo(acme, "main", new Dictionary<string, string?> { ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "description": "acme's", "steps": [] }""" }, minutes: 20);

        var text = CliRunner.Run(kit.Source, "status");
        var json = CliRunner.Run(kit.Source, "status", "--format", "json");
        var one = CliRunner.Run(kit.Source, "status", "--tenant", "shop:acme");

        Assert.Equal((1, 1, 0), (text.ExitCode, json.ExitCode, one.ExitCode));
        Approvals.Verify(Scrub(text.Out, kit), "text");
        Approvals.Verify(Scrub(json.Out, kit), "json", "json");
        Assert.Equal(2, CliRunner.Run(kit.Source, "status", "--tenant", "shop:nobody").ExitCode);
    }

    [Fact]
    public void Status_and_tenant_list_of_an_unreadable_manifest_name_its_error_and_exit_1_instead_of_saying_there_are_no_tenants()
    {
        using var kit = new TenantKit();
        var files = TenantKit.SourceFiles(ThreeTenants);
        files["xanolink.json"] = "{ \"include\": \n";
        kit.CommitSource(files);

        var status = CliRunner.Run(kit.Source, "status");
        var list = CliRunner.Run(kit.Source, "tenant", "list");
        var json = CliRunner.Run(kit.Source, "tenant", "list", "--format", "json");

        Assert.Equal((1, 1, 1), (status.ExitCode, list.ExitCode, json.ExitCode));
        Assert.All(new[] { status, list, json }, r =>
        {
            Assert.DoesNotContain("No tenants", r.Out, StringComparison.Ordinal);
            Assert.Contains("xanolink.json(2,1): error XL1001", r.Error, StringComparison.Ordinal);
            Assert.Contains("its tenants cannot be read", r.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Tenant_create_registers_a_bare_repository_that_list_then_shows()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles("[]"));

        var created = CliRunner.Run(kit.Source, "tenant", "create", "shop:acme", "../tenants/acme.git");
        var again = CliRunner.Run(kit.Source, "tenant", "create", "shop:acme", "../tenants/other.git");
        kit.Temp.Write("tenants/busy/file.txt", "x");
        var busy = CliRunner.Run(kit.Source, "tenant", "create", "shop:busy", "../tenants/busy");
        TenantKit.Git(kit.Source, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-am", "Register shop:acme");
        var list = CliRunner.Run(kit.Source, "tenant", "list");

        Assert.Equal((0, 2, 2), (created.ExitCode, again.ExitCode, busy.ExitCode));
        Assert.StartsWith("xanolink: tenant 'shop:acme' already exists: xanolink.json lists it", again.Error, StringComparison.Ordinal);
        Assert.EndsWith("already exists and is not empty; choose a new path for the tenant repository\n", busy.Error, StringComparison.Ordinal);
        Approvals.Verify(Scrub(list.Out, kit), "list");
        Assert.Equal("refs/heads/main\n", TenantKit.Git(kit.Temp.Combine("tenants", "acme.git"), "symbolic-ref", "HEAD"));
        Assert.EndsWith("Registered in xanolink.json as { \"name\": \"shop:acme\", \"repository\": \"../tenants/acme.git\" }; commit xanolink.json: publish and status read it from Git.\n", created.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Tenant_create_makes_a_listed_tenants_missing_repository_says_the_manifest_is_unchanged_and_refuses_it_once_it_exists()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles("""[ { "name": "shop:acme", "repository": "../tenants/acme.git" } ]"""));
        var manifest = File.ReadAllText(Path.Combine(kit.Source, "xanolink.json"));

        var made = CliRunner.Run(kit.Source, "tenant", "create", "shop:acme", "../tenants/acme.git");
        var again = CliRunner.Run(kit.Source, "tenant", "create", "shop:acme", "../tenants/acme.git");

        Assert.Equal((0, 2), (made.ExitCode, again.ExitCode));
        Assert.EndsWith("Already in xanolink.json as { \"name\": \"shop:acme\", \"repository\": \"../tenants/acme.git\" }; left as it is.\n", made.Out, StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(kit.Source, "xanolink.json")));
        Assert.StartsWith("xanolink: tenant 'shop:acme' already exists: xanolink.json lists it with repository ../tenants/acme.git", again.Error, StringComparison.Ordinal);
        Assert.Equal("", again.Out);
    }

    [Fact]
    public void Adopt_guids_dry_run_lists_then_the_real_run_commits_and_a_second_run_finds_nothing()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var acme = kit.CreateTenant("acme", new Dictionary<string, string>
        {
            ["workspace.json"] = AcmeInfo,
            ["tables/product.json"] = """{ "guid": "acme-product", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""",
        });
        var tip = TenantKit.Git(acme, "rev-parse", "main");

        var dry = CliRunner.Run(kit.Source, "adopt-guids", "--tenant", "shop:acme", "--dry-run");
        Assert.Equal(tip, TenantKit.Git(acme, "rev-parse", "main"));
        var run = CliRunner.Run(kit.Source, "adopt-guids", "--tenant", "shop:acme");
        var again = CliRunner.Run(kit.Source, "adopt-guids", "--tenant", "shop:acme", "--format", "json");
        var noCollision = CliRunner.Run(kit.Source, "adopt-guids", "--tenant", "shop:acme", "--item", "function:calc");

        Assert.Equal((0, 0, 0, 2), (dry.ExitCode, run.ExitCode, again.ExitCode, noCollision.ExitCode));
        Approvals.Verify(dry.Out + "---\n" + ScrubSha(run.Out), "text");
        Assert.Contains("\"changes\": []", again.Out, StringComparison.Ordinal);
        Assert.Equal("Adopt source guids for 1 object\n", TenantKit.Git(acme, "log", "-1", "--format=%s", "main"));
        TenantKit.Git(acme, "fsck", "--strict");
    }

    [Fact]
    public void Branch_merge_reports_conflicts_and_writes_nothing_then_settles_them_with_a_policy()
    {
        using var kit = new TenantKit();
        var bare = kit.CreateTenant("ws", new Dictionary<string, string>
        {
            ["workspace.json"] = AcmeInfo,
            ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "description": "start", "steps": [] }""",
        });
        TenantKit.Git(bare, "branch", "dev", "main");
        TenantKit.CommitTo(bare, "dev", new Dictionary<string, string?> { ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "description": "dev", "steps": [] }""" });
        TenantKit.CommitTo(bare, "main", new Dictionary<string, string?> { ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "description": "main", "steps": [] }""" }, minutes: 2);
        var tip = TenantKit.Git(bare, "rev-parse", "main");

        var conflict = CliRunner.Run(kit.Temp.Path, "branch", "merge", "dev", "-w", bare);
        Assert.Equal(tip, TenantKit.Git(bare, "rev-parse", "main"));
        var settled = CliRunner.Run(kit.Temp.Path, "branch", "merge", "dev", "-w", bare, "--on-conflict", "theirs");

        Assert.Equal((1, 0), (conflict.ExitCode, settled.ExitCode));
        Approvals.Verify(conflict.Out + "---\n" + ScrubSha(settled.Out), "text");
        Assert.Equal(2, TenantKit.Git(bare, "log", "-1", "--format=%P", "main").Trim().Split(' ').Length);
    }

    [Fact]
    public void Branch_merge_into_the_checked_out_branch_is_a_usage_error()
    {
        using var kit = new TenantKit();
        kit.CommitSource(new Dictionary<string, string?> { ["workspace.json"] = AcmeInfo });
        TenantKit.Git(kit.Source, "branch", "dev");

        var result = CliRunner.Run(kit.Source, "branch", "merge", "dev");

        Assert.Equal((2, $"xanolink: main is checked out in {kit.Source}; use git merge with xanolink git-setup, or check out another branch\n"), (result.ExitCode, result.Error));
    }

    private static string Scrub(string text, TenantKit kit) => text.Replace(kit.Temp.Path, "<temp>", StringComparison.Ordinal);

    private static string ScrubSha(string text) => ShaPattern().Replace(text, "<sha>");

    [GeneratedRegex("\\b[0-9a-f]{12}\\b")]
    private static partial Regex ShaPattern();
}
