using CsCheck;
using Xunit.Abstractions;

namespace XanoLink.Git.Tests.Publish.Model;

/// <summary>
/// Issue 9's model-based test: random sequences of source edits, tenant edits and publishes with random flags (merge,
/// set-live, no merge, conflict policies, --allow-data-loss, schema only, a narrowed selection, older commits) and kills
/// at random points, with <see cref="ModelWorld"/>'s invariants checked after every step. CI runs a bounded number of
/// steps; XANOLINK_MODEL_STEPS=N runs about N, in sequences of XANOLINK_MODEL_LENGTH steps (20).
/// </summary>
public sealed class PublishModelTests(ITestOutputHelper output)
{

    [Fact]
    [Trait("Category", "Model")]
    public void Random_publish_sequences_never_lose_tenant_data_and_always_converge()
    {
        var steps = int.TryParse(Environment.GetEnvironmentVariable("XANOLINK_MODEL_STEPS"), out var n) && n > 0 ? n : 100;
        // Longer sequences (XANOLINK_MODEL_LENGTH) reach deeper histories: more renames, departures and returns per tenant.
        var length = int.TryParse(Environment.GetEnvironmentVariable("XANOLINK_MODEL_LENGTH"), out var l) && l > 0 ? l : 20;
        var sequences = Math.Max(1, steps / length);
        var ran = 0;
        Gen.Int[0, int.MaxValue].Array[length].Sample(ops =>
        {
            using var world = new ModelWorld();
            try
            {
                foreach (var op in ops)
                {
                    world.Step(op);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"after step {world.Steps}:\n{world.Log}", ex);
            }
            finally
            {
                Interlocked.Add(ref ran, world.Steps);
                if (Environment.GetEnvironmentVariable("XANOLINK_MODEL_LOG") == "1")
                {
                    output.WriteLine(world.Log);
                }
            }
        }, iter: sequences, threads: 1);
        output.WriteLine($"model-based publish test: {ran} steps in {sequences} sequences");
    }
}
