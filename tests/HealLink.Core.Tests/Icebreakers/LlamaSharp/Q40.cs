namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// ggml's Q4_0 blocks: 32 weights as a half-precision scale and 16 bytes of 4-bit values (the value less 8, times the
/// scale). Random weights need no quantizing: random nibbles under one small scale are as valid.
/// </summary>
internal static class Q40
{
    public const int BlockSize = 32;
    public const int BlockBytes = 18;

    private const int BlocksPerPiece = 4096;

    public static void WriteRandom(BinaryWriter writer, long elements, Random random)
    {
        var piece = new byte[BlocksPerPiece * BlockBytes];
        var scale = BitConverter.HalfToUInt16Bits((Half)0.005f);
        for (var left = elements / BlockSize; left > 0; left -= BlocksPerPiece)
        {
            var blocks = (int)Math.Min(left, BlocksPerPiece);
            var bytes = piece.AsSpan(0, blocks * BlockBytes);
            random.NextBytes(bytes);
            for (var block = 0; block < blocks; block++)
            {
                BitConverter.TryWriteBytes(bytes.Slice(block * BlockBytes, 2), scale);
            }

            writer.Write(bytes);
        }
    }
}
