extension Canvas {
    /// Writes a styled line from (x, y), clipped to `maxWidth` columns; returns the columns written.
    @discardableResult
    public mutating func put(_ line: StyledText, x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for run in line.runs {
            guard used < maxWidth else { break }
            used += put(run.text, x: x + used, y: y, style: run.style, maxWidth: maxWidth - used)
        }
        return used
    }
}
