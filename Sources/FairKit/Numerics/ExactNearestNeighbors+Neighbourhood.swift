extension ExactNearestNeighbors {
    /// The distinct points found so far near one query point, each weighted by the rows it stands
    /// for, cut at the smallest distance `limit` within which they stand for at least `wanted` other
    /// rows. Every point at distance <= `limit` is kept, ties at `limit` included: which of the
    /// tied rows are neighbours depends on row indices, decided when the rows are listed.
    struct Neighbourhood {
        let wanted: Int
        /// Ascending squared distances, the tree positions of their points and the rows they count.
        private(set) var distance: [Double] = []
        private(set) var position: [Int] = []
        private var weight: [Int] = []
        /// No point beyond this squared distance can be a neighbour (infinite until `wanted` rows).
        private(set) var limit = Double.infinity

        /// A query whose point stands for `copies` rows: the other copies are at distance 0.
        init(wanted: Int, point: Int, copies: Int) {
            self.wanted = wanted
            if copies > 1 { insert(point, distance: 0, weight: copies - 1) }
        }

        /// Adds the point at tree position `point`, at squared distance `d` <= `limit`, standing for
        /// `weight` rows, then lowers the limit and drops the points beyond it.
        mutating func insert(_ point: Int, distance d: Double, weight: Int) {
            var at = distance.count
            while at > 0 && distance[at - 1] > d { at -= 1 }
            distance.insert(d, at: at)
            position.insert(point, at: at)
            self.weight.insert(weight, at: at)
            var rows = 0
            for i in distance.indices {
                rows += self.weight[i]
                guard rows >= wanted else { continue }
                limit = distance[i]
                var end = i + 1
                while end < distance.count && distance[end] == limit { end += 1 }
                distance.removeSubrange(end...)
                position.removeSubrange(end...)
                self.weight.removeSubrange(end...)
                return
            }
        }
    }
}
