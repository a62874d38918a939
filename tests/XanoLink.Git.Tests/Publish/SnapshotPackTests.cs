using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Json;

namespace XanoLink.Git.Tests.Publish;

public sealed class SnapshotPackTests
{
    private const int Generated = 80;

    [Fact]
    public void A_first_publish_of_a_large_selection_brings_one_pack_into_every_tenant_instead_of_a_file_per_object()
    {
        using var world = WorldWithManyFunctions("acme", "globex");

        var report = world.Publish(merge: true);

        Assert.All(report.Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        foreach (var tenant in new[] { "acme", "globex" })
        {
            var gitDir = world.TenantPath(tenant);
            Assert.Single(Packs(gitDir));

            // Loose: the tenant's first commit, the snapshot's root tree (its own workspace.json) and commit, the merged root tree and commit.
            Assert.InRange(LooseObjects(gitDir), 1, 12);
            Assert.Equal(File.ReadAllText(Path.Combine(world.Source, "functions/billing/generated_07.json")), world.TenantFile(tenant, "functions/billing/generated_07.json"));
            Assert.Contains("\"guid\": \"ws-" + tenant + "\"", world.TenantFile(tenant, "workspace.json"), StringComparison.Ordinal);
            Assert.Contains($"functions/billing/generated_{Generated - 1:D2}.json", world.SnapshotPaths(tenant));
        }

        world.FsckTenants();
    }

    [Fact]
    public void A_small_change_after_the_pack_is_written_object_by_object()
    {
        using var world = WorldWithManyFunctions("acme");
        world.Publish(merge: true);
        world.EditSource("functions/billing/generated_03.json", j => j["description"] = "changed");
        world.CommitSource("One function changed");

        var second = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, second.Status);
        Assert.Single(Packs(world.TenantPath("acme")));
        Assert.Contains("changed", world.TenantFile("acme", "functions/billing/generated_03.json"), StringComparison.Ordinal);
        world.FsckTenants();
    }

    [Fact]
    public void A_pack_half_placed_by_a_killed_publish_is_completed_by_the_next_and_its_temporary_file_removed()
    {
        using var world = WorldWithManyFunctions("acme", "globex");
        world.Publish(merge: true, tenants: "acme");

        // What a kill between the pack's rename and its index's leaves: the pack without its index, and a temporary copy.
        var pack = Packs(world.TenantPath("acme")).Single();
        var globexPacks = Path.Combine(world.TenantPath("globex"), "objects", "pack");
        Directory.CreateDirectory(globexPacks);
        File.Copy(pack, Path.Combine(globexPacks, Path.GetFileName(pack)));
        File.Copy(pack, Path.Combine(globexPacks, "tmp_pack_xanolink_0123456789abcdef"));

        var outcome = world.Publish(merge: true, tenants: "globex").Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Equal(["pack-", "pack-"], Directory.GetFiles(globexPacks).Select(f => Path.GetFileName(f)[..5]).ToArray());
        Assert.True(File.Exists(Path.ChangeExtension(Path.Combine(globexPacks, Path.GetFileName(pack)), ".idx")));
        Assert.NotNull(world.TenantFile("globex", "functions/billing/generated_42.json"));
        Assert.DoesNotContain("garbage", GitTestRepo.Git(world.TenantPath("globex"), "count-objects", "-v").Replace("garbage: 0", "", StringComparison.Ordinal).Replace("size-garbage: 0", "", StringComparison.Ordinal), StringComparison.Ordinal);
        world.FsckTenants();
    }

    private static PublishWorld WorldWithManyFunctions(params string[] tenants)
    {
        var world = new PublishWorld(tenants);
        for (var i = 0; i < Generated; i++)
        {
            var function = new JObject
            {
                ["guid"] = $"fn-generated-{i:D2}",
                ["name"] = $"billing/generated_{i:D2}",
                ["description"] = $"Generated function {i}",
                ["steps"] = new JArray(new JObject { ["op"] = "var.create", ["as"] = "x", ["value"] = i }),
                ["response"] = "$x",
            };
            world.EditSource($"functions/billing/generated_{i:D2}.json", null, _ => CanonicalJson.ToText(function));
        }

        world.CommitSource($"{Generated} functions");
        return world;
    }

    private static string[] Packs(string gitDir) =>
        Directory.Exists(Path.Combine(gitDir, "objects", "pack")) ? Directory.GetFiles(Path.Combine(gitDir, "objects", "pack"), "*.pack") : [];

    private static int LooseObjects(string gitDir) =>
        Directory.EnumerateDirectories(Path.Combine(gitDir, "objects")).Where(d => Path.GetFileName(d).Length == 2).Sum(d => Directory.GetFiles(d).Length);
}
