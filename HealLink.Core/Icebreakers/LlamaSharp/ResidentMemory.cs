using System.Globalization;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// The process's resident set size now. Read from /proc/self/statm rather than <see cref="Environment.WorkingSet"/>,
/// which goes through a Process object each time; both count native memory, which is what a model costs.
/// </summary>
internal static class ResidentMemory
{
    public static long Bytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Environment.WorkingSet;
        }

        // "size resident shared text lib data dt", in pages.
        var fields = File.ReadAllText("/proc/self/statm").Split(' ', 3);
        return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
    }
}
