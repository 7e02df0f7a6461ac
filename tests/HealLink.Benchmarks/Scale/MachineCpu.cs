using System.Globalization;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// The whole machine's CPU from /proc/stat (every process, other users' too): a reading now, and the share of all
/// cores busy between two readings. Near 1, the run was waiting for CPU, whatever else it waited for.
/// </summary>
internal readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Now()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the idle ones.
        var fields = File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Take(8)
            .Select(f => long.Parse(f, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToArray();
        var total = fields.Sum();
        return new MachineCpu(total - fields[3] - fields[4], total);
    }

    /// <summary>Busy share of all cores since <paramref name="earlier"/>; NaN without /proc/stat.</summary>
    public double BusySince(MachineCpu earlier) =>
        Total > earlier.Total ? (double)(Busy - earlier.Busy) / (Total - earlier.Total) : double.NaN;
}
